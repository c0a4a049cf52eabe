using Baton.Core.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Customers;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> b)
    {
        b.ToTable("customers");
        b.HasKey(c => c.Id);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Email).HasMaxLength(320);
        b.Property(c => c.PreferredContactTimes).HasMaxLength(500);
        b.PrimitiveCollection(c => c.Phones);
        b.HasIndex(c => c.Name);
        b.HasIndex(c => c.Email);
    }
}
