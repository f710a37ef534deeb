/// A small Markdown roundup (three experts, two sections, several countries) that the query
/// target's library holds and that exports read by the export-reader target are checked against.
enum SampleRoundup {
    static let text = """
        # Pipelines and Patience: Three Experts on the Black Sea

        *Harbour Street Review · Roundup*

        Romania, Turkey and Ukraine each read the new shipping corridor differently. We asked three specialists what Moscow wants.

        ## The Corridor

        **Elena Popescu**
        Senior Fellow, Bucharest Centre for Maritime Studies (Romania)

        > The corridor works because Ukraine's drones pushed the Russian fleet east of Crimea. Nobody in Bucharest believes the calm will last.
        >
        > Romania has cleared mines off Constanța for two years, with help from Bulgaria and Turkey.

        **Mehmet Arslan**
        Professor of International Relations, Ankara Policy Institute

        > Erdoğan keeps the Straits closed to warships and open to grain. Ankara gains from being the only capital that both Kyiv and Moscow still call.

        ## What Moscow Wants

        **Olga Kovalenko**
        Analyst, Kyiv Security Forum

        > Москва хочет вернуть контроль над морем. The Kremlin will test NATO's patience near Odesa and Izmail again.

        **Elena Popescu**

        > Invasion is unlikely; pressure is certain. Georgia and Moldova watch the same coast.
        """
}
