using Baton.Core.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Interactions;

internal sealed class CustomerPhoneConfiguration : IEntityTypeConfiguration<CustomerPhone>
{
    public void Configure(EntityTypeBuilder<CustomerPhone> b)
    {
        b.ToTable("customer_phones");
        b.HasKey(p => p.Id);
        b.Property(p => p.Number).HasMaxLength(32);
        b.HasIndex(p => p.Number);
        b.HasIndex(p => new { p.CustomerId, p.Number }).IsUnique();
        b.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
