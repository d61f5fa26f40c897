using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace CommunityOfPractice.Web.Components.Shared;

/// <summary>
/// Renders its content again only when <see cref="State"/> changes (by value): a long list whose items carry all they
/// show in their state re-renders the one item that changed, not the list. The content's event handlers stay the
/// ones of its last render, so the state must hold everything the content reads.
/// </summary>
public sealed class RenderWhenChanged : ComponentBase
{
    private object? rendered;

    [Parameter, EditorRequired]
    public object State { get; set; } = default!;

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override bool ShouldRender() => !Equals(State, rendered);

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        rendered = State;
        builder.AddContent(0, ChildContent);
    }
}
