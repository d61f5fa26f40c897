using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CommunityOfPractice.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Practices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Practices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmitterId = table.Column<string>(type: "text", nullable: false),
                    Content_Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content_Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Content_Body = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    Content_Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Content_Countries = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Content_NcdAreas = table.Column<int>(type: "integer", nullable: false),
                    Content_Involvement = table.Column<int>(type: "integer", nullable: false),
                    Content_Themes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content_Tags = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    Content_Organisations = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Content_YearFrom = table.Column<int>(type: "integer", nullable: true),
                    Content_YearTo = table.Column<int>(type: "integer", nullable: true),
                    Content_Links = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Content_ContactName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Content_ContactEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Content_ShowContact = table.Column<bool>(type: "boolean", nullable: false),
                    Content_Attribution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublicRevisionId = table.Column<long>(type: "bigint", nullable: true),
                    FirstPublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TranslationGroupId = table.Column<int>(type: "integer", nullable: true),
                    SourcePostId = table.Column<long>(type: "bigint", nullable: true),
                    SourceDebateId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Practices_AspNetUsers_SubmitterId",
                        column: x => x.SubmitterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticeThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NameEn = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    NameFr = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    NameEs = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeThemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PracticeAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StoredName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeAttachments_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeReviewNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<string>(type: "text", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeReviewNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeReviewNotes_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Content_Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content_Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Content_Body = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    Content_Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Content_Countries = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Content_NcdAreas = table.Column<int>(type: "integer", nullable: false),
                    Content_Involvement = table.Column<int>(type: "integer", nullable: false),
                    Content_Themes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content_Tags = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    Content_Organisations = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Content_YearFrom = table.Column<int>(type: "integer", nullable: true),
                    Content_YearTo = table.Column<int>(type: "integer", nullable: true),
                    Content_Links = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Content_ContactName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Content_ContactEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Content_ShowContact = table.Column<bool>(type: "boolean", nullable: false),
                    Content_Attribution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedById = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeRevisions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAttachments_PracticeId",
                table: "PracticeAttachments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReviewNotes_PracticeId",
                table: "PracticeReviewNotes",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeRevisions_PracticeId_Number",
                table: "PracticeRevisions",
                columns: new[] { "PracticeId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practices_Slug",
                table: "Practices",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practices_Status",
                table: "Practices",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_SubmitterId",
                table: "Practices",
                column: "SubmitterId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PracticeAttachments");

            migrationBuilder.DropTable(
                name: "PracticeReviewNotes");

            migrationBuilder.DropTable(
                name: "PracticeRevisions");

            migrationBuilder.DropTable(
                name: "PracticeThemes");

            migrationBuilder.DropTable(
                name: "Practices");
        }
    }
}
