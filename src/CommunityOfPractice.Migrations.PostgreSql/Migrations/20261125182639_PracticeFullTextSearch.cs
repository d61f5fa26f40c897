using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityOfPractice.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PracticeFullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The public repository's search on PostgreSQL: one weighted tsvector per published entry, kept by
            // PracticeSearchIndex like SQLite's FTS5 table, accents folded with unaccent (a trusted extension).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""CREATE TABLE "PracticeSearch" ("Id" integer PRIMARY KEY, "Document" tsvector NOT NULL);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_PracticeSearch_Document" ON "PracticeSearch" USING GIN ("Document");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "PracticeSearch";""");
        }
    }
}
