//! Weak pointers and their callbacks, driven through Python snippets that assert.

use crate::runtime::pylib::tests::run;

#[test]
fn a_callback_runs_when_the_last_strong_reference_goes() {
    run("import weakref\n\
         class A: pass\n\
         seen = []\n\
         a = A()\n\
         r = weakref.ref(a, seen.append)\n\
         assert r() is a and seen == []\n\
         b = a\n\
         del a\n\
         assert seen == [] and r() is b\n\
         del b\n\
         assert seen == [r] and r() is None\n");
}

#[test]
fn a_callback_runs_after_a_local_is_rebound() {
    run("import weakref\n\
         class A: pass\n\
         def f(seen):\n\
         \x20   a = A()\n\
         \x20   r = weakref.ref(a, lambda r: seen.append(1))\n\
         \x20   a = None\n\
         \x20   assert seen == [1]\n\
         f([])\n");
}

#[test]
fn values_without_identity_of_their_own_cannot_be_referenced() {
    run("import weakref\n\
         for v in (1, 'a', (), [], {}, 2.5, None, object()):\n\
         \x20   try:\n\
         \x20       weakref.ref(v)\n\
         \x20   except TypeError as e:\n\
         \x20       assert str(e).startswith('cannot create weak reference to'), e\n\
         \x20   else:\n\
         \x20       raise AssertionError(v)\n\
         class S:\n\
         \x20   __slots__ = ('x',)\n\
         try:\n\
         \x20   weakref.ref(S())\n\
         except TypeError:\n\
         \x20   pass\n\
         else:\n\
         \x20   raise AssertionError('slots without __weakref__')\n");
}
