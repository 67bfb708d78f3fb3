package org.pledgeledger.money;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.MonetaryConversions;

import org.pledgeledger.data.BundledRates;
import org.pledgeledger.data.DealReport;
import org.pledgeledger.data.TechProsperityDeal;

/**
 * Run in a fresh JVM by {@link MonetaTest}: forbids every socket and proxy look-up, then uses the
 * library end to end. Prints one figure on success; anything on standard error fails the test.
 */
final class OfflineProbe {

    private OfflineProbe() {
    }

    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws IOException {
        Socket.setSocketImplFactory(() -> {
            throw new IllegalStateException("the library tried to open a socket");
        });
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                throw new IllegalStateException("the library tried to reach " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                throw new IllegalStateException("the library tried to reach " + uri);
            }
        });
        MultiCurrencyAmount bag = MultiCurrencyAmount.of(Amounts.parse("USD 30000000000.00"), Amounts.parse("GBP 5000000000.00"));
        ConvertedAmount c = Valuation.atDate(BundledRates.table(), LocalDate.of(2025, 9, 18)).convert(bag, Amounts.currency("GBP"));
        MonetaryConversions.getExchangeRateProvider("PLEDGE-LEDGER").getCurrencyConversion(ConversionQueryBuilder.of()
                .setTermCurrency("GBP").set(LocalDate.class, LocalDate.of(2025, 9, 18)).build())
                .apply(Amounts.parse("USD 1.00"));
        DealReport.render(TechProsperityDeal.load(), BundledRates.table());
        System.out.println(Amounts.format(c.total()));
    }
}
