# input() at the end of stdin raises EOFError; uncaught, it ends the script (the prompt
# was already written).
answer = input('first? ')
print(answer)
input('second? ')
