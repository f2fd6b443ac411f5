import circ_b

VALUE = "a"
