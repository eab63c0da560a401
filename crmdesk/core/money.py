"""Return rates computed in whole cents, so SQLite and PostgreSQL agree to the cent.

SQLite keeps money as floats: 2433.24 is not quite 30 % of 8110.80 there, and
999,999.99 of 3,333,333.33 (29.99999973 %) is 30 % once float noise is rounded
away. Rounding each amount to whole cents first and then dividing integers is
exact on both databases."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, case, cast, func


def cents(amount: Any) -> Any:
    """An amount column or expression in whole cents, as an integer."""
    return cast(func.round(amount * 100), BigInteger)


def rate_pct(returned: Any, bought: Any) -> Any:
    """Returned as a whole percent of bought, rounded down; 0 when nothing was bought."""
    return case((bought > 0, cents(returned) * 100 // cents(bought)), else_=0)


def at_least_pct(returned: Any, bought: Any, percent: int) -> Any:
    """returned >= percent % of bought, exactly; false when nothing was bought."""
    return (bought > 0) & (cents(returned) * 100 >= cents(bought) * percent)
