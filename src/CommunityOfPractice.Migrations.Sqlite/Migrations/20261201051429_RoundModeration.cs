using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityOfPractice.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RoundSuspensions",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContributionId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
