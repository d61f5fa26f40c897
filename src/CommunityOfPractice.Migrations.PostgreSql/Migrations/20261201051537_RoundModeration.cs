using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CommunityOfPractice.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RoundModeration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "StandardProposals",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RoundSuspensions",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundSuspensions", x => new { x.RoundId, x.UserId });
                    table.ForeignKey(
                        name: "FK_RoundSuspensions_ConsultationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ConsultationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandardFlags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContributionId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardFlags_ConsultationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ConsultationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StandardFlags_Kind_ContributionId_UserId",
                table: "StandardFlags",
                columns: new[] { "Kind", "ContributionId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_StandardFlags_ResolvedAt",
                table: "StandardFlags",
                column: "ResolvedAt");

            migrationBuilder.CreateIndex(
                name: "IX_StandardFlags_RoundId",
                table: "StandardFlags",
                column: "RoundId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RoundSuspensions");

            migrationBuilder.DropTable(
                name: "StandardFlags");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                table: "StandardProposals");
        }
    }
}
