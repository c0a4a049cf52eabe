using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Telephony;

internal sealed class CallQueueConfiguration : IEntityTypeConfiguration<CallQueue>
{
    public void Configure(EntityTypeBuilder<CallQueue> b)
    {
        b.ToTable("call_queues");
        b.HasKey(q => q.Id);
        b.Property(q => q.Name).HasMaxLength(64);
        b.HasIndex(q => q.Name).IsUnique();
        b.OwnsMany(q => q.Menu, menu =>
        {
            menu.ToJson("menu");
            menu.Property(o => o.Choice).HasMaxLength(8);
            menu.Property(o => o.Label).HasMaxLength(100);
        });
    }
}
