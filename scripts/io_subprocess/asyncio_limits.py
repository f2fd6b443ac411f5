# asyncio pipes: communicate cancelled by wait_for (then kill), many readline calls on a
# small limit (the transport pauses and resumes reading), and an over-long line.
import asyncio
async def main():
    p = await asyncio.create_subprocess_exec('/bin/sh', '-c', 'echo start; sleep 5', stdout=asyncio.subprocess.PIPE)
    try:
        await asyncio.wait_for(p.communicate(), 0.3)
    except asyncio.TimeoutError:
        print('timed out')
    p.kill()
    print(await p.wait())
    p = await asyncio.create_subprocess_exec('/bin/sh', '-c', 'yes | head -c 30000', stdout=asyncio.subprocess.PIPE, limit=1000)
    n = 0
    while True:
        line = await p.stdout.readline()
        if not line:
            break
        n += len(line)
    print(n, await p.wait())
    p = await asyncio.create_subprocess_exec('/bin/sh', '-c', 'printf "%070000d" 0', stdout=asyncio.subprocess.PIPE)
    try:
        await p.stdout.readline()
    except ValueError as e:
        print('ValueError', e)
    print(await p.wait())
asyncio.run(main())
print('end')
