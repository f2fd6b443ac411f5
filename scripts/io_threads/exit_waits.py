# At exit the interpreter waits for the threads that are not daemons, even after the
# main thread raised; a daemon thread still blocked is simply left behind.
import threading
import time


def late_worker():
    time.sleep(0.05)
    print('worker finished after main', flush=True)


threading.Thread(target=threading.Event().wait, daemon=True).start()
threading.Thread(target=late_worker).start()
print('main raising', flush=True)
raise ValueError('main is done')
