using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityOfPractice.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class GroupMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WorkingGroupId",
                table: "Webinars",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Webinars_WorkingGroupId",
                table: "Webinars",
                column: "WorkingGroupId");

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
                name: "FK_Webinars_WorkingGroups_WorkingGroupId",
                table: "Webinars");

            migrationBuilder.DropIndex(
                name: "IX_Webinars_WorkingGroupId",
                table: "Webinars");

            migrationBuilder.DropColumn(
                name: "WorkingGroupId",
                table: "Webinars");
        }
    }
}
