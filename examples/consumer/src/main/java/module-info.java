/** A minimal application using pledge-ledger as a named module. */
module org.pledgeledger.example.consumer {
    requires org.pledgeledger;
}
