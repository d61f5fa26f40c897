using CommunityOfPractice.Features;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Components.Shared;

/// <summary>Shows a feature's <see cref="FieldError"/>s next to the fields they concern, in the person's language.</summary>
internal sealed class FormValidation
{
    private readonly ValidationMessageStore store;
    private readonly object model;

    public FormValidation(object model)
    {
        this.model = model;
        EditContext = new EditContext(model);
        store = new ValidationMessageStore(EditContext);
        EditContext.OnFieldChanged += (_, e) => store.Clear(e.FieldIdentifier);
    }

    public EditContext EditContext { get; }

    public bool HasErrors => EditContext.GetValidationMessages().Any();

    public void Show(IEnumerable<FieldError> errors, IStringLocalizer localizer)
    {
        store.Clear();
        foreach (var error in errors)
        {
            store.Add(new FieldIdentifier(model, error.Field), localizer[error.Message, error.Arguments]);
        }
        EditContext.NotifyValidationStateChanged();
    }

    public void Show(string field, string message)
    {
        store.Add(new FieldIdentifier(model, field), message);
        EditContext.NotifyValidationStateChanged();
    }
}
