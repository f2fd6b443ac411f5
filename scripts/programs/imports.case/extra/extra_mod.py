NAME = "extra_mod found after sys.path.append"
