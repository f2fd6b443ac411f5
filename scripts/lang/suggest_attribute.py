# An uncaught AttributeError gets 3.11's "Did you mean" in the report, not in str(e).
class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, amount):
        self.balance += amount


acct = Account()
try:
    acct.balanse
except AttributeError as e:
    print(str(e), e.name, e.obj is acct)
try:
    getattr(acct, "Deposit")
except AttributeError as e:
    print(repr(e))
acct.depositt(5)
