// Currencies and valuations: no implicit cross-currency sum, every conversion says how.
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.pledgeledger.data.*;
import org.pledgeledger.money.*;

var gbp = Amounts.currency("GBP");
var usd = Amounts.currency("USD");

// A bag keeps one exact total per currency and has no single figure.
MultiCurrencyAmount bag = MultiCurrencyAmount.of(Amounts.parse("USD 30000000000.00"), Amounts.parse("GBP 5000000000.00"));
System.out.println(bag);

// Adding two currencies directly is refused.
try {
    Amounts.sum(bag.amounts(), gbp);
    throw new AssertionError("a USD amount was added to a GBP sum");
} catch (CurrencyMismatchException e) {
    System.out.println("refused: " + e.getMessage());
}

// Dated rates, with their sources: the latest on or before the date, within seven days.
RateTable rates = BundledRates.table();
System.out.println(rates);
System.out.println(rates.rate(usd, gbp, LocalDate.of(2025, 9, 20)));

// One figure needs a valuation; the result carries its rates, their dates and their sources.
ConvertedAmount atSigning = Valuation.atDate(rates, LocalDate.of(2025, 9, 18)).convert(bag, gbp);
System.out.println(atSigning);
if (!Amounts.format(atSigning.total()).equals("GBP 27145124381.78")) throw new AssertionError(atSigning);

// Rounding happens once, on the total: three cents at 0.5 make GBP 0.02, though each alone rounds to 0.00.
RateTable half = RateTable.of(DatedRate.of(LocalDate.of(2025, 9, 16), usd, gbp, new BigDecimal("0.5"), "example"));
DatedAmount cent = DatedAmount.of(Amounts.parse("USD 0.01"), LocalDate.of(2025, 9, 16));
System.out.println(Valuation.atOwnDates(half).convert(java.util.List.of(cent, cent, cent), gbp).total());

// Many groups in a row: a converter finds each rate once and also takes exact sums without a MonetaryAmount.
Valuation.Converter perGroup = Valuation.atOwnDates(rates).converter(gbp);
perGroup.add(usd, LocalDate.of(2025, 9, 16), new BigDecimal("30000000000.00"));
perGroup.add(DatedAmount.of(Amounts.parse("GBP 5000000000.00"), LocalDate.of(2025, 9, 16)));
ConvertedAmount firstGroup = perGroup.finish();
ConvertedAmount allAtOnce = Valuation.atOwnDates(rates).convert(java.util.List.of(DatedAmount.of(Amounts.parse("USD 30000000000.00"), LocalDate.of(2025, 9, 16)), DatedAmount.of(Amounts.parse("GBP 5000000000.00"), LocalDate.of(2025, 9, 16))), gbp);
if (!firstGroup.equals(allAtOnce)) throw new AssertionError(firstGroup + " differs from " + allAtOnce);
System.out.println(firstGroup);

// A missing rate names the pair, the date and the nearest rates that exist.
try {
    rates.rate(gbp, usd, LocalDate.of(2025, 12, 31));
} catch (MissingRateException e) {
    System.out.println(e.getMessage());
}

// The same rates through JSR 354, keeping the date (MonetaryConversions.getConversion(query) would drop it).
var toGbp = javax.money.convert.MonetaryConversions.getExchangeRateProvider("PLEDGE-LEDGER").getCurrencyConversion(
        javax.money.convert.ConversionQueryBuilder.of().setTermCurrency(gbp).set(LocalDate.class, LocalDate.of(2025, 9, 18)).build());
MonetaryAmount viaJsr354 = toGbp.apply(Amounts.parse("USD 1354.70"));
System.out.println(viaJsr354 + ", unrounded as JSR 354 gives it; rounded once: " + Amounts.roundToMinorUnits(Amounts.number(viaJsr354), gbp));
