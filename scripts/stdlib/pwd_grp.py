# pwd and grp: the root account and group, lookups by name and number, the record
# types, and the KeyError/TypeError of failed lookups.
import grp
import pwd

root = pwd.getpwuid(0)
print(root)
print(root.pw_name, root.pw_uid, root.pw_dir, root[0], len(root), type(root).__name__,
      type(root).__module__, pwd.struct_passwd.n_sequence_fields)
print(pwd.getpwnam("root") == root, root in pwd.getpwall(),
      all(isinstance(p.pw_uid, int) for p in pwd.getpwall()))
group = grp.getgrgid(0)
print(group, group.gr_name, group.gr_gid, type(group.gr_mem).__name__, len(group))
print(grp.getgrnam("root") == group, group in grp.getgrall())
for call in [lambda: pwd.getpwuid(987654), lambda: pwd.getpwnam("no-such-user-here"),
             lambda: grp.getgrgid(987654), lambda: grp.getgrnam("no-such-group-here"),
             lambda: pwd.getpwnam(3), lambda: grp.getgrnam(b"root")]:
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
