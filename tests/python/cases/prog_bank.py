# a bank-account simulation with exceptions, class hierarchy and a transaction log
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %.2f (balance %.2f)" % (account.number, amount, account.balance))
        self.shortfall = amount - account.balance

class FrozenAccount(Exception):
    pass

class Account:
    _next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.log = []
        self.frozen = False
    def _record(self, kind, amount):
        self.log.append((kind, amount, self.balance))
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self.balance += amount
        self._record("deposit", amount)
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._record("withdraw", amount)
    def _check(self):
        if self.frozen:
            raise FrozenAccount("account %d is frozen" % self.number)
    def month_end(self):
        pass
    def __repr__(self):
        return "%s(%s, #%d, %.2f)" % (type(self).__name__, self.owner, self.number, self.balance)

class Savings(Account):
    rate = 0.02
    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.balance += interest
        self._record("interest", interest)

class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._record("withdraw", amount)
    def month_end(self):
        if self.balance < 0:
            self.balance -= 15
            self._record("fee", 15)

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except Exception:
            a.deposit(amount)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Savings, "alice", 1000.0)
bob = bank.open(Checking, "bob", 50.0)
carol = bank.open(Checking, "carol", 0.0, 0.0)
operations = [
    ("transfer", alice.number, bob.number, 200.0),
    ("transfer", bob.number, carol.number, 300.0),
    ("transfer", bob.number, carol.number, 100.0),
    ("withdraw", carol.number, 150.0),
    ("deposit", alice.number, -5),
    ("freeze", carol.number),
    ("transfer", alice.number, carol.number, 10.0),
    ("transfer", alice.number, 9999, 1.0),
]
for op in operations:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        elif op[0] == "withdraw":
            bank.accounts[op[1]].withdraw(op[2])
        elif op[0] == "deposit":
            bank.accounts[op[1]].deposit(op[2])
        elif op[0] == "freeze":
            bank.accounts[op[1]].frozen = True
        print("ok:", op)
    except InsufficientFunds as e:
        print("insufficient:", e, "short by %.2f" % e.shortfall)
    except (FrozenAccount, ValueError) as e:
        print(type(e).__name__ + ":", e)
    except KeyError as e:
        print("no such account:", e)
for acct in bank.accounts.values():
    acct.month_end()
for acct in sorted(bank.accounts.values(), key=lambda a: a.balance, reverse=True):
    print(acct)
    for entry in acct.log:
        print("   %-8s %8.2f -> %8.2f" % entry)
print("total %.2f" % bank.total())
