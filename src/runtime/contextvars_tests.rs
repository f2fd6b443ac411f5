//! The current Context through the natives: tasks and callbacks take copies.

use crate::runtime::pylib::tests::run;

#[test]
fn a_task_sees_the_values_of_its_creation_and_keeps_its_own() {
    run("import asyncio, contextvars\n\
         v = contextvars.ContextVar('v', default=0)\n\
         async def child():\n\
         \x20   before = v.get()\n\
         \x20   v.set(before + 10)\n\
         \x20   await asyncio.sleep(0)\n\
         \x20   return before, v.get()\n\
         async def main():\n\
         \x20   v.set(1)\n\
         \x20   t = asyncio.create_task(child())\n\
         \x20   v.set(2)\n\
         \x20   assert await t == (1, 11)\n\
         \x20   assert v.get() == 2\n\
         asyncio.run(main())\n\
         assert v.get() == 0\n");
}

#[test]
fn a_variable_set_with_no_context_yet_makes_one() {
    run("import contextvars\n\
         v = contextvars.ContextVar('v')\n\
         ctx = contextvars.Context()\n\
         ctx.run(v.set, 5)\n\
         assert ctx[v] == 5 and v.get(None) is None\n\
         v.set(1)\n\
         assert contextvars.copy_context()[v] == 1\n");
}
