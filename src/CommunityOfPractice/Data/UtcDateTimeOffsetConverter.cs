using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CommunityOfPractice.Data;

/// <summary>Writes every instant to PostgreSQL in UTC, the only offset its timestamptz accepts.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value);
