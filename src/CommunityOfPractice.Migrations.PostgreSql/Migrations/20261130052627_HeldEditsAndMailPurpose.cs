using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityOfPractice.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class HeldEditsAndMailPurpose : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PendingEditAt",
                table: "Posts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingHtml",
                table: "Posts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingMarkdown",
                table: "Posts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "OutboxMails",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PendingEditAt",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "PendingHtml",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "PendingMarkdown",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "OutboxMails");
        }
    }
}
