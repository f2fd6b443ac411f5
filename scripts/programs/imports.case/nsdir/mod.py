WHERE = "in a namespace package"
