using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityOfPractice.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class MailDigests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Members already here get the daily digest, the default for new members: the digest job plans their first one.
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastDigestAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MailFrequency",
                table: "AspNetUsers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Daily");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextDigestAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_NextDigestAt",
                table: "AspNetUsers",
                column: "NextDigestAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_NextDigestAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LastDigestAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MailFrequency",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "NextDigestAt",
                table: "AspNetUsers");
        }
    }
}
