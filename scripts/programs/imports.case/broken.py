print("running broken.py")
raise ValueError("broken on purpose")
