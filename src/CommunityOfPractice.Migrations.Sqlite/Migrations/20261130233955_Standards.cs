using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityOfPractice.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Standards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsultationRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GuidingQuestions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WebinarId = table.Column<int>(type: "INTEGER", nullable: true),
                    DebateId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpeningAnnouncedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosingReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosingNoticeFor = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationRounds_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsultationRounds_Debates_DebateId",
                        column: x => x.DebateId,
                        principalTable: "Debates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ConsultationRounds_Webinars_WebinarId",
                        column: x => x.WebinarId,
                        principalTable: "Webinars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProposalSupports",
                columns: table => new
                {
                    ProposalId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalSupports", x => new { x.ProposalId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ProposalSupports_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandardComments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParagraphId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    Consent = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardComments_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandardComments_ConsultationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ConsultationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandardDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TranslationOfId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinalVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    EndorsementOpensAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndorsementClosesAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardDocuments_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandardDocuments_StandardDocuments_TranslationOfId",
                        column: x => x.TranslationOfId,
                        principalTable: "StandardDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "StandardVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 400000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedById = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardVersions_AspNetUsers_PublishedById",
                        column: x => x.PublishedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandardVersions_StandardDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "StandardDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandardEndorsements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OrganisationKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SignatoryRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EndorsedById = table.Column<string>(type: "TEXT", nullable: false),
                    EndorsedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedById = table.Column<string>(type: "TEXT", nullable: true),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardEndorsements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardEndorsements_AspNetUsers_ConfirmedById",
                        column: x => x.ConfirmedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandardEndorsements_AspNetUsers_EndorsedById",
                        column: x => x.EndorsedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandardEndorsements_StandardDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "StandardDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StandardEndorsements_StandardVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "StandardVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StandardSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Heading = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardSections_StandardVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "StandardVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandardParagraphs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 400000, nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardParagraphs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardParagraphs_StandardSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "StandardSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandardParagraphs_StandardVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "StandardVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandardProposals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParagraphId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedText = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ProposedHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReasonHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Consent = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SupportCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AnswerReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnswerReasonHtml = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredById = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardProposals_AspNetUsers_AnsweredById",
                        column: x => x.AnsweredById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandardProposals_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandardProposals_ConsultationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ConsultationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StandardProposals_StandardParagraphs_ParagraphId",
                        column: x => x.ParagraphId,
                        principalTable: "StandardParagraphs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationRounds_ClosesAt",
                table: "ConsultationRounds",
                column: "ClosesAt");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationRounds_CreatedById",
                table: "ConsultationRounds",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationRounds_DebateId",
                table: "ConsultationRounds",
                column: "DebateId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationRounds_OpensAt",
                table: "ConsultationRounds",
                column: "OpensAt");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationRounds_VersionId",
                table: "ConsultationRounds",
                column: "VersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationRounds_WebinarId",
                table: "ConsultationRounds",
                column: "WebinarId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalSupports_UserId",
                table: "ProposalSupports",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardComments_AuthorId_CreatedAt",
                table: "StandardComments",
                columns: new[] { "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StandardComments_ParagraphId",
                table: "StandardComments",
                column: "ParagraphId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardComments_RoundId_ParagraphId",
                table: "StandardComments",
                columns: new[] { "RoundId", "ParagraphId" });

            migrationBuilder.CreateIndex(
                name: "IX_StandardDocuments_CreatedById",
                table: "StandardDocuments",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_StandardDocuments_FinalVersionId",
                table: "StandardDocuments",
                column: "FinalVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardDocuments_Slug",
                table: "StandardDocuments",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardDocuments_TranslationOfId",
                table: "StandardDocuments",
                column: "TranslationOfId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardEndorsements_ConfirmedById",
                table: "StandardEndorsements",
                column: "ConfirmedById");

            migrationBuilder.CreateIndex(
                name: "IX_StandardEndorsements_DocumentId_OrganisationKey",
                table: "StandardEndorsements",
                columns: new[] { "DocumentId", "OrganisationKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardEndorsements_EndorsedById",
                table: "StandardEndorsements",
                column: "EndorsedById");

            migrationBuilder.CreateIndex(
                name: "IX_StandardEndorsements_VersionId",
                table: "StandardEndorsements",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardParagraphs_SectionId",
                table: "StandardParagraphs",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardParagraphs_VersionId_Key",
                table: "StandardParagraphs",
                columns: new[] { "VersionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardParagraphs_VersionId_Number",
                table: "StandardParagraphs",
                columns: new[] { "VersionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardProposals_AnsweredById",
                table: "StandardProposals",
                column: "AnsweredById");

            migrationBuilder.CreateIndex(
                name: "IX_StandardProposals_AuthorId_CreatedAt",
                table: "StandardProposals",
                columns: new[] { "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StandardProposals_ParagraphId",
                table: "StandardProposals",
                column: "ParagraphId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardProposals_RoundId_ParagraphId",
                table: "StandardProposals",
                columns: new[] { "RoundId", "ParagraphId" });

            migrationBuilder.CreateIndex(
                name: "IX_StandardSections_VersionId_Number",
                table: "StandardSections",
                columns: new[] { "VersionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardVersions_DocumentId_Number",
                table: "StandardVersions",
                columns: new[] { "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardVersions_PublishedById",
                table: "StandardVersions",
                column: "PublishedById");

            migrationBuilder.AddForeignKey(
                name: "FK_ConsultationRounds_StandardVersions_VersionId",
                table: "ConsultationRounds",
                column: "VersionId",
                principalTable: "StandardVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ProposalSupports_StandardProposals_ProposalId",
                table: "ProposalSupports",
                column: "ProposalId",
                principalTable: "StandardProposals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_StandardComments_StandardParagraphs_ParagraphId",
                table: "StandardComments",
                column: "ParagraphId",
                principalTable: "StandardParagraphs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_StandardDocuments_StandardVersions_FinalVersionId",
                table: "StandardDocuments",
                column: "FinalVersionId",
                principalTable: "StandardVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_StandardDocuments_StandardVersions_FinalVersionId",
                table: "StandardDocuments");

            migrationBuilder.DropTable(
                name: "ProposalSupports");

            migrationBuilder.DropTable(
                name: "StandardComments");

            migrationBuilder.DropTable(
                name: "StandardEndorsements");

            migrationBuilder.DropTable(
                name: "StandardProposals");

            migrationBuilder.DropTable(
                name: "ConsultationRounds");

            migrationBuilder.DropTable(
                name: "StandardParagraphs");

            migrationBuilder.DropTable(
                name: "StandardSections");

            migrationBuilder.DropTable(
                name: "StandardVersions");

            migrationBuilder.DropTable(
                name: "StandardDocuments");
        }
    }
}
