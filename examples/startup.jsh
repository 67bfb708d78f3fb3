// Imports for exploring pledge-ledger in JShell: examples/jshell.sh loads this file at start.
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.pledgeledger.money.*;
import org.pledgeledger.model.*;
import org.pledgeledger.ledger.*;
import org.pledgeledger.condition.*;
import org.pledgeledger.report.*;
import org.pledgeledger.io.*;
import org.pledgeledger.data.*;
