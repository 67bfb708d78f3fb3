package org.pledgeledger.example.consumer;

import java.time.LocalDate;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.MonetaryConversions;

import org.pledgeledger.data.BundledRates;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.ConvertedAmount;
import org.pledgeledger.money.MultiCurrencyAmount;
import org.pledgeledger.money.Valuation;

/**
 * Uses pledge-ledger the way an application would, and exits non-zero if any answer is wrong.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CurrencyUnit gbp = Amounts.currency("GBP");
        LocalDate signing = LocalDate.of(2025, 9, 18);

        MultiCurrencyAmount bag = MultiCurrencyAmount.of(
                Amounts.parse("USD 30000000000.00"), Amounts.parse("GBP 5000000000.00"));
        ConvertedAmount total = Valuation.atDate(BundledRates.table(), signing).convert(bag, gbp);
        expect("valuation total", Amounts.format(total.total()), "GBP 27145124381.78");

        // The bundled rates, found by the JSR 354 service loader through module-info / META-INF/services.
        ExchangeRateProvider provider = MonetaryConversions.getExchangeRateProvider("PLEDGE-LEDGER");
        CurrencyConversion toGbp = provider.getCurrencyConversion(
                ConversionQueryBuilder.of().setTermCurrency(gbp).set(LocalDate.class, signing).build());
        MonetaryAmount converted = toGbp.apply(Amounts.parse("USD 30000000000.00"));
        expect("JSR 354 conversion", Amounts.format(Amounts.of(
                Amounts.roundToMinorUnits(Amounts.number(converted), gbp), gbp)), "GBP 22145124381.78");

        String path = Main.class.getModule().isNamed() ? "module path" : "class path";
        System.out.println("consumer OK on the " + path + ": " + bag + " = " + Amounts.format(total.total())
                + " " + total.valuation());
    }

    private static void expect(String what, String actual, String expected) {
        if (!actual.equals(expected)) {
            System.err.println("consumer FAILED: " + what + " was " + actual + ", expected " + expected);
            System.exit(1);
        }
    }
}
