# Copies and unions of sets, `{*a_set}`, and `in`/`not in` a display of constants
# (folded to a frozenset constant): the same members, results and iteration orders.
def member(i):
    return i in {1, 2, 3}, i not in {"ab", "cd", "e"}, i in {1}, 5 not in {i, 7}

print(member(1), member("ab"), member(7), member(5))
print(0 < 2 in {2, 3, 4}, 1 in {1, 2, 3} in {True}, "e" in {"e", 1, 2})

s = {5, 3, 9, 100, 17, -4}
print({*s}, {*s, 1000}, {3, 1, 2}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
print({8, 16, 24, 32, 40}, {*frozenset({64, 1, 128})})

K = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
print(list(K | frozenset(b"/")) == list(frozenset(b"/") | K), list(K | {47}))
print(type(K | {1}).__name__, type({1} | K).__name__)
print(list(set(range(60)).copy()), list(set(range(0, 600, 7)).copy()))

u = set(range(100))
for i in range(0, 100, 3):
    u.discard(i)
print(list(u.copy()), list(u | {1000, -1}), set().copy(), frozenset() | set())
print(list(set(u)), list(frozenset(u)), list(u.union()), list(u.union(range(5))))

try:
    [] in {1, 2, 3}
except TypeError as e:
    print(e)


class H:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, other):
        print("eq", self.n, other.n)
        return False


a = {H(1), H(2), 5}
print(len(a), len(a.copy()), len(a | {H(3)}), len({*a}))
