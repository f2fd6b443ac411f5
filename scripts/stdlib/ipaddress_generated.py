# ipaddress on generated input: strings with good and bad octets, hextets, '::', scopes,
# prefixes and masks, ints, bytes and tuples; every constructor, property, operator,
# format, and the network methods against a second generated network.
import itertools
import ipaddress

CASES = [
    ('ffff:ff02:95ab:2001::e84:2002/255.255.0.0', True, (4188382459, '22'), 25),
    ('7035:2001:0:1:1/ 8', False, '1ca6:2001:fe80:8ca:fc00:1:2001:0:fe80', 6),
    (':fe80:db8:0:.256..256/', True, '.1.0.0/ 8', 5),
    ('fec0:0000:fec0:fc00', False, '192.224.192', 30),
    (':::2001:12345:2002:0:2001', False, '1.1.256', 0),
    ('256.224.255.1.255', False, '240.a.01.1.01', 32),
    ('2002:g:ffff:6139/24/8', False, 'g:fc00:12345::ffff/ 8', 18),
    ('256.169.10.4/24/8', True, (710830525, '31'), 22),
    ('db8:fc00:c7f:fc00:2002:123b:1.0.256.169/ 8', True, 'a.10.169.169/ 8', 40),
    ('127.01.256.100./0.0.0.255', True, '169.100.192.192', 1),
    ('224.255.127', False, '74c4::ffff:g:fa39:fec0:fc00:db8:10.192.169.01%/ffff::', 29),
    ('240.1.83.224/x', True, 'db8::ffff::db8:365', 1),
    (275919417989772333819571483499381197862, False, '201.1.01.01', 22),
    (':2001:fe80:0', False, '100.240.255.255/92', 7),
    ('169.1.224.127', True, '255.162.169.169', 5),
    ('feb6:g', True, '240.127..0.200', 25),
    ('0.01.255.146/x', False, '100.224.255', 36),
    ('.1.224.169/', False, '192.224.192', 10),
    ('224.10.224.240', True, '2002:2001:ff02:0:2002:fec0:1:fa82/0.0.0.255', 1),
    ('256.192.1.195.01', False, '192.169.255.192/-1', 7),
    (b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00', False, '0.0.192.10/59', 23),
    ('1.192.0.0/90', False, '255.a.1.100/-1', 35),
    ('fec0:2002/x', False, 98795789, 21),
    ('255.10.186.256', True, '0:/255.255.0.0', 26),
    ('1:2001:%1%2/0.0.0.255', False, 'ff02:12345:2001:g:fc00:fe80', 18),
    ('g:ffff:ff02:1:fc00:0000%/', False, '10..1.255', 14),
    ('g:g::1:127.1.82.a%1%2/x', False, '10.240.255/ 8', 10),
    ('ffff:1', False, '12345:0000:fe80::0/24/8', 26),
    ('a.100.240/7', False, '1:2002:0:1/ffff::', 7),
    ('224.192.a/ffff::', False, '1.a.10.01.169/ffff::', 40),
    ('2001:ffff', False, 'fc00::0:0000:fe80:fc00:12345/ffff::', 17),
    (556421890655208116905202908918906329410, True, '2001:0000:g:240.01..01/107', 19),
    ('10.10.255.127/24/8', True, (2657185710, '16'), 0),
    ('db8:ffff:g::12345:fec0:2001:fec0:12345/x', True, b'\x00\x00\x00\x00\x00\x00\x00\x00\x00', 25),
    (b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00', False, '01.240.100.1/', 38),
    ('fec0:12345:db8:g:ffff:12345/x', False, '255.169.256.01/-1', 2),
    ('0.240.a.10', True, 'fc00:2002:fc00:2002:g:ff02:0:12345:256.a.0.a', 19),
    (':1:0/24/8', True, 'a.01.0.240.240/122', 12),
    (b'\x00\x00\x00\x00\x00', True, '2002:ff02/0.0.0.255', 9),
    ('224.0.169.224', False, 'ffff:db8:0:95fa:db8', 23),
    ('1.10.127.169', True, '12345:fc00:0000::ff02:0:fc00::12345', 15),
    ('.256.256.10/ 8', True, '2001:g:g:0::fec0:2002:100.256.0.255/25', 8),
    ('0.a.216.256/', False, b'\x00', 8),
    ('2001:fec0/255.255.0.0', False, '127..1.0/x', 27),
    ('255.240.192.a.240/-1', False, '01.169..240', 22),
    ('192.241.240.255/x', True, '255.192.129.256/ffff::', 30),
    ('fec0:0000:1:fc00:0:1:224.10.01.01', False, '256.10.104.0/x', 39),
    (':db8:db8', True, 'db8:db8/ 8', 23),
    ('58c6:2dcb::fec0:ff02:fec0:fec0/-1', True, '2001:12345:2002:1::ffff:fe80:db8', 18),
    ('0:fe80/0.0.0.255', True, '100.255.01.1/255.255.0.0', 38),
    ('10.169.10', True, 'fc00:12345:48eb:fec0:100.127.256.0/x', 12),
    ('ffff:1:0:db8:g:b233/-1', False, '10.0.01', 8),
    ('.169.169.1', True, ':fe80:0000', 20),
    ('2001:84c4:1', False, '100.01.240', 40),
    ('10..10', False, (3288584857, '4'), 36),
    ('224.256.256', False, '2001:12345:2001:0/255.0.255.0', 12),
    ('2002:ffff:2002:1:2001:2001:fec0:0000:192.169.224.01/0.0.0.255', True, '256.0.169.100/0.0.0.255', 24),
    ('100.255.a.100/255.0.255.0', False, 76890964412840923571242342939047477781, 40),
    ('256.127.256.255/0.0.0.255', False, 'db8:db8:ff02:fe80:2002:0000:ff02', 21),
    ('a..127/255.0.255.0', True, 'db8:63b8:0000:ffff:ff02:ff02:1:', 33),
]


def show(x):
    try:
        if isinstance(x, (list, tuple)):
            return [show(e) for e in x]
        return (type(x).__name__, repr(x), str(x))
    except Exception as e:
        return ('EXC', type(e).__name__, str(e))
def probe(m, text, strict, other, n):
    out = []
    def t(f):
        try:
            v = f()
            if hasattr(v, "__next__") or type(v).__name__ in ("generator", "list_iterator"):
                import itertools; v = list(itertools.islice(v, 20))
            out.append(show(v))
        except Exception as e:
            out.append(('EXC', type(e).__name__, str(e)))
    for fn in (m.ip_address, m.ip_interface, lambda x: m.ip_network(x, strict)):
        t(lambda: fn(text))
    for cls in ('IPv4Address', 'IPv6Address', 'IPv4Network', 'IPv6Network', 'IPv4Interface', 'IPv6Interface'):
        t(lambda: getattr(m, cls)(text))
    try:
        a = m.ip_address(text)
    except ValueError:
        a = None
    try:
        net = m.ip_network(text, strict)
    except ValueError:
        net = None
    try:
        o = m.ip_network(other, False)
    except ValueError:
        o = None
    try:
        iface = m.ip_interface(text)
    except ValueError:
        iface = None
    for obj in (a, net, iface):
        if obj is None:
            continue
        for attr in ('is_private', 'is_global', 'is_multicast', 'is_loopback', 'is_link_local', 'is_reserved',
                     'is_unspecified', 'is_site_local', 'exploded', 'compressed', 'reverse_pointer', 'packed',
                     'ipv4_mapped', 'teredo', 'sixtofour', 'scope_id', 'with_prefixlen', 'with_netmask',
                     'with_hostmask', 'network', 'ip', 'hostmask', 'netmask', 'num_addresses', 'broadcast_address'):
            t(lambda: getattr(obj, attr))
        t(lambda: hash(obj) == hash(obj.__class__(str(obj))))
        t(lambda: obj == o); t(lambda: obj < o); t(lambda: obj in o if o is not None else None)
        t(lambda: obj + n); t(lambda: obj - n)
        for f in ('', 'b', '#_x', 'n', 'X', 's', '^30'):
            t(lambda: format(obj, f))
    if net is not None:
        t(lambda: __import__('itertools').islice(net.hosts(), 5)); t(lambda: net[n]); t(lambda: net[-n - 1])
        t(lambda: net.subnets(n % 5)); t(lambda: net.supernet(n % 5)); t(lambda: net.subnets(new_prefix=n))
        t(lambda: net.supernet(new_prefix=n))
        if o is not None:
            t(lambda: net.overlaps(o)); t(lambda: net.subnet_of(o)); t(lambda: net.supernet_of(o))
            t(lambda: net.compare_networks(o)); t(lambda: net.address_exclude(o)); t(lambda: o.address_exclude(net))
            t(lambda: m.collapse_addresses([net, o]))
            t(lambda: m.summarize_address_range(net.network_address, o.broadcast_address))
            t(lambda: sorted([net, o, net.network_address, o.broadcast_address], key=m.get_mixed_type_key))
    return out


for text, strict, other, n in CASES:
    print(repr(text), probe(ipaddress, text, strict, other, n))
