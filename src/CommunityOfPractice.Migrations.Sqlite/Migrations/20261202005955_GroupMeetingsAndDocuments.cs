using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityOfPractice.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GroupMeetingsAndDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WorkingGroupId",
                table: "Webinars",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkingGroupId",
                table: "StandardDocuments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Webinars_WorkingGroupId",
                table: "Webinars",
                column: "WorkingGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardDocuments_WorkingGroupId",
                table: "StandardDocuments",
                column: "WorkingGroupId");

            migrationBuilder.AddForeignKey(
                name: "FK_StandardDocuments_WorkingGroups_WorkingGroupId",
                table: "StandardDocuments",
                column: "WorkingGroupId",
                principalTable: "WorkingGroups",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Webinars_WorkingGroups_WorkingGroupId",
                table: "Webinars",
                column: "WorkingGroupId",
                principalTable: "WorkingGroups",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_StandardDocuments_WorkingGroups_WorkingGroupId",
                table: "StandardDocuments");

            migrationBuilder.DropForeignKey(
                name: "FK_Webinars_WorkingGroups_WorkingGroupId",
                table: "Webinars");

            migrationBuilder.DropIndex(
                name: "IX_Webinars_WorkingGroupId",
                table: "Webinars");

            migrationBuilder.DropIndex(
                name: "IX_StandardDocuments_WorkingGroupId",
                table: "StandardDocuments");

            migrationBuilder.DropColumn(
                name: "WorkingGroupId",
                table: "Webinars");

            migrationBuilder.DropColumn(
                name: "WorkingGroupId",
                table: "StandardDocuments");
        }
    }
}
