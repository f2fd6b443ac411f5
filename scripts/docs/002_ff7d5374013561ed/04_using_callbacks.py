# vpython: sleeps on the virtual clock
import asyncio
from functools import partial
async def fetch_data(source):
    print("fetch start")
    await asyncio.sleep(0.8)
    print("fetch end")
    return f"result-{source}"
def notify(host, future):
    print(f"Notification for {host}")
if __name__ == '__main__':
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    task = loop.create_task(fetch_data("server1"))
    task.add_done_callback(partial(notify, "server1"))
    loop.run_until_complete(task)
    print(task.result())
