# ipaddress: parsing and its errors, formatting, properties of the special ranges,
# networks (iteration, subnets, supernet, exclusion, containment), interfaces, the
# module functions, ordering and hashing.
import ipaddress as ip

for text in ["192.168.1.1", "0.0.0.0", "255.255.255.255", "::1", "2001:db8::8a2e:370:7334",
             "::ffff:192.0.2.128", "2002:c000:0204::1",
             "2001:0000:4136:e378:8000:63bf:3fff:fdd2", "1:0:0:1:0:0:0:1", "0:0:1::",
             "ABCD:EF01:2345:6789:ABCD:EF01:2345:6789", 3232235777, 2 ** 32,
             b"\xc0\xa8\x01\x01", b"\x00" * 16]:
    try:
        a = ip.ip_address(text)
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
        continue
    print(repr(a), str(a), int(a), a.version, a.max_prefixlen, a.packed, a.exploded,
          a.compressed, a.reverse_pointer)
    print("   ", a.is_private, a.is_global, a.is_multicast, a.is_loopback, a.is_link_local,
          a.is_reserved, a.is_unspecified)
    if a.version == 6:
        print("   ", a.scope_id, a.ipv4_mapped, a.sixtofour, a.teredo, a.is_site_local)

BAD_ADDRESSES = ["", "1.2.3", "1.2.3.4.5", "1.2.3.256", "1.2.3.04", "1.2.3.a", "1.2.3.1234",
                 "1..2.3", "1.2.3.4/24", ":", "1::2::3", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:",
                 "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8", "12345::",
                 "g::", "::1.2.3.400", "fe80::1%", "fe80::1%a%b", -1, 2 ** 128, b"\x00\x01",
                 "1:2:3:4:5:6:7:8:", "٣.2.3.4"]
for text in BAD_ADDRESSES:
    for cls in (ip.IPv4Address, ip.IPv6Address):
        try:
            cls(text)
            print(repr(text), cls.__name__, "ok")
        except ValueError as e:
            print(repr(text), cls.__name__, type(e).__name__, e)
    try:
        ip.ip_address(text)
    except ValueError as e:
        print("   ", e)

a = ip.IPv4Address("10.0.0.1")
print(a + 5, a - 1, a < ip.IPv4Address("10.0.0.2"), a == ip.IPv4Address("10.0.0.1"),
      a == "10.0.0.1", hash(a) == hash(ip.IPv4Address("10.0.0.1")), a > ip.IPv4Address("9.0.0.0"))
print(format(a), format(a, "b"), format(a, "#x"), format(a, "_X"), format(a, "#_b"), format(a, "n"),
      format(a, ">20s"), f"{ip.IPv6Address('::1'):#_x}", f"{ip.IPv6Address('::1'):n}")
for bad in [lambda: a + "1", lambda: a < ip.IPv6Address("::1"), lambda: ip.IPv4Address("255.255.255.255") + 1,
            lambda: a < 3]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for text, strict in [("192.168.0.0/24", True), ("192.168.0.5/24", False), ("10.0.0.0/255.0.0.0", True),
                     ("10.0.0.0/0.0.0.255", True), ("10.1.2.3", True), ("2001:db8::/32", True),
                     ("2001:db8::1/64", False), (("10.0.0.0", 8), True), ((167772160, "16"), True),
                     ("0.0.0.0/0", True), ("::/0", True), ("1.2.3.4/32", True), ("1.2.3.4/31", False)]:
    n = ip.ip_network(text, strict)
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen,
          n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask)
    print("   ", n.is_private, n.is_global, n.is_multicast, n.is_loopback, n.is_reserved,
          n.is_link_local, n.is_unspecified, n.exploded, n.compressed)
    if n.num_addresses <= 8:
        print("   ", list(n), list(n.hosts()), n[0], n[-1])

for text in ["192.168.0.5/24", "10.0.0.0/33", "10.0.0.0/255.0.255.0", "10.0.0.0/-1", "10.0.0.0/a",
             "10.0.0.0/ 8", "2001:db8::/129", "2001:db8::/ffff::", "1.2.3.4/24/8", "1.2.3.4/"]:
    try:
        print(ip.ip_network(text))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
    for cls in (ip.IPv4Network, ip.IPv6Network):
        try:
            cls(text)
        except ValueError as e:
            print("   ", cls.__name__, type(e).__name__, e)

n = ip.ip_network("10.0.0.0/24")
print(list(n.subnets())[:3], list(n.subnets(prefixlen_diff=2)), list(n.subnets(new_prefix=26)))
print(n.supernet(), n.supernet(prefixlen_diff=4), n.supernet(new_prefix=8),
      ip.ip_network("0.0.0.0/0").supernet(), list(ip.ip_network("1.1.1.1/32").subnets()))
print(ip.ip_address("10.0.0.77") in n, ip.ip_address("10.0.1.1") in n, ip.ip_address("::1") in n,
      ip.ip_network("10.0.0.0/25") in n)
print(ip.ip_network("10.0.0.0/25").subnet_of(n), n.supernet_of(ip.ip_network("10.0.0.128/25")),
      n.overlaps(ip.ip_network("10.0.0.128/30")), n.overlaps(ip.ip_network("10.1.0.0/16")))
print(list(n.address_exclude(ip.ip_network("10.0.0.64/26"))))
print(n.compare_networks(ip.ip_network("10.0.0.0/25")), n[5], n[-2], sorted([n, ip.ip_network("9.0.0.0/8"), ip.ip_network("10.0.0.0/16")]))
for bad in [lambda: n[256], lambda: n[-257], lambda: list(n.subnets(new_prefix=20)),
            lambda: list(n.subnets(prefixlen_diff=9)), lambda: n.supernet(new_prefix=30),
            lambda: n.supernet(prefixlen_diff=25), lambda: list(n.subnets(-1)),
            lambda: list(n.address_exclude(ip.ip_network("11.0.0.0/24"))),
            lambda: n.subnet_of(ip.ip_network("::/0")), lambda: n.subnet_of(ip.ip_address("1.2.3.4")),
            lambda: n < ip.ip_network("::/0"), lambda: list(n.subnets(prefixlen_diff=2, new_prefix=26))]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(list(ip.ip_network("2001:db8::/126").hosts()), list(ip.ip_network("2001:db8::/127").hosts()),
      list(ip.ip_network("2001:db8::1/128").hosts()))
print(hash(n) == hash(ip.ip_network("10.0.0.0/24")), n == ip.ip_network("10.0.0.0/255.255.255.0"), n != "x")

for text in ["192.168.1.10/24", "10.0.0.1/255.255.0.0", "10.0.0.1", "2001:db8::5/64", "fe80::1%3/64",
             ("10.1.1.1", 16), 16909060]:
    i = ip.ip_interface(text)
    print(repr(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask,
          i.with_hostmask, i.exploded, int(i), i.is_private)
i1 = ip.IPv4Interface("10.0.0.1/24")
i2 = ip.IPv4Interface("10.0.0.1/16")
print(i1 == i2, i1 == ip.IPv4Address("10.0.0.1"), i2 < i1, hash(i1) == hash(ip.IPv4Interface("10.0.0.1/24")),
      ip.IPv6Interface("::1/128").is_loopback, ip.IPv6Interface("::/0").is_unspecified)
try:
    ip.ip_interface("1.2.3.4/40")
except ValueError as e:
    print("ValueError:", e)

first, last = ip.IPv4Address("192.0.2.0"), ip.IPv4Address("192.0.2.130")
print(list(ip.summarize_address_range(first, last)))
print(list(ip.summarize_address_range(ip.IPv6Address("::"), ip.IPv6Address("::ff"))))
print(list(ip.collapse_addresses([ip.ip_network("192.0.2.0/25"), ip.ip_network("192.0.2.128/25"),
                                  ip.ip_address("192.0.3.1"), ip.ip_address("192.0.3.0"),
                                  ip.ip_network("192.0.2.64/26"), ip.ip_interface("192.0.3.2/32")])))
for bad in [lambda: list(ip.summarize_address_range(last, first)),
            lambda: list(ip.summarize_address_range(first, ip.IPv6Address("::1"))),
            lambda: list(ip.summarize_address_range(ip.ip_network("1.0.0.0/8"), last)),
            lambda: list(ip.collapse_addresses([first, ip.IPv6Address("::1")])),
            lambda: ip.v4_int_to_packed(2 ** 32), lambda: ip.v6_int_to_packed(-1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
mixed = [ip.ip_network("10.0.0.0/8"), ip.ip_address("10.0.0.1"), ip.ip_network("9.0.0.0/8"),
         ip.ip_address("1.1.1.1")]
print(sorted(mixed, key=ip.get_mixed_type_key), ip.get_mixed_type_key("x"))
print(ip.v4_int_to_packed(1), ip.v6_int_to_packed(1), ip.IPV4LENGTH, ip.IPV6LENGTH,
      issubclass(ip.AddressValueError, ValueError), issubclass(ip.NetmaskValueError, ValueError))
print(ip.IPv6Address("fe80::1%eth0") == ip.IPv6Address("fe80::1"), ip.IPv6Address("fe80::1%eth0"),
      hash(ip.IPv6Address("::1")) == hash(ip.IPv6Address("::1")), {ip.IPv4Address("1.1.1.1"): 1})
print(ip.ip_address("100.64.1.1").is_global, ip.ip_address("100.64.1.1").is_private,
      ip.ip_network("100.64.0.0/10").is_global, ip.ip_address("::ffff:10.0.0.1").is_private,
      ip.ip_address("ff02::1").is_multicast, ip.ip_network("fec0::/10").is_site_local)
