using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityOfPractice.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmitterId = table.Column<string>(type: "TEXT", nullable: false),
                    Content_Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content_Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Content_Body = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Content_Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Content_Countries = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Content_NcdAreas = table.Column<int>(type: "INTEGER", nullable: false),
                    Content_Involvement = table.Column<int>(type: "INTEGER", nullable: false),
                    Content_Themes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content_Tags = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Content_Organisations = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Content_YearFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    Content_YearTo = table.Column<int>(type: "INTEGER", nullable: true),
                    Content_Links = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Content_ContactName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Content_ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Content_ShowContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    Content_Attribution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublicRevisionId = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstPublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TranslationGroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourcePostId = table.Column<long>(type: "INTEGER", nullable: true),
                    SourceDebateId = table.Column<int>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    NameFr = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    NameEs = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeThemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PracticeAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PracticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PracticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PracticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Content_Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content_Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Content_Body = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Content_Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Content_Countries = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Content_NcdAreas = table.Column<int>(type: "INTEGER", nullable: false),
                    Content_Involvement = table.Column<int>(type: "INTEGER", nullable: false),
                    Content_Themes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content_Tags = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Content_Organisations = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Content_YearFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    Content_YearTo = table.Column<int>(type: "INTEGER", nullable: true),
                    Content_Links = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Content_ContactName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Content_ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Content_ShowContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    Content_Attribution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedById = table.Column<string>(type: "TEXT", nullable: false)
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

            // The public search: an FTS5 index of published revisions (rowid = Practices.Id), with diacritics
            // folded by the tokenizer and prefix indexes for two- and three-letter beginnings.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE PracticeSearch USING fts5(Title, Summary, Body, Keywords, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS PracticeSearch;");

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
