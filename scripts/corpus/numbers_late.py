# numbers imported after fractions and decimal still counts their types in the tower.
import fractions
import decimal
import numbers

print(isinstance(fractions.Fraction(2, 3), numbers.Rational))
print(isinstance(decimal.Decimal("0.1"), numbers.Number), isinstance(decimal.Decimal(1), numbers.Real))
print(issubclass(fractions.Fraction, numbers.Real), issubclass(decimal.Decimal, numbers.Complex))
