/// Sentence templates. Slots: `{A}`/`{B}` country names, `{capA}`/`{capB}` capitals,
/// `{demA}`/`{demB}` demonyms; `⟪…⟫` is an inner quotation, printed with the article's inner marks.
enum Phrases {
    static let quoteSentences = [
        "I think {A} will not move before the elections in {B}.",
        "Nobody in {capA} wants a war, but many people there want the threat of one to stay on the table.",
        "What worries me most is the energy dependence of {A}, which has hardly changed since 2022.",
        "My sense is that the {demA} leadership is buying time and hoping the West gets tired first.",
        "We have seen this before: {capA} raises the stakes, then waits for Brussels to blink.",
        "I do not expect a large military operation, I expect a long series of small incidents along the border with {B}.",
        "Officials in {capA} keep talking about a ⟪strategic pause⟫, but I see no pause at all.",
        "The problem is that this game only works if everybody knows where the line is.",
        "In my view, sanctions on {A} have worked more slowly than promised, but they have worked.",
        "We should not exaggerate the leverage of {capA} over {B}.",
        "The {demB} government has learned that escalation pays, at least in the short term.",
        "I would not call it a crisis yet, although the rhetoric in {capB} suggests otherwise.",
        "When people in {capA} say ⟪we will never abandon our partners⟫, they are speaking to their own voters.",
        "For {A}, the real question is money, not ideology.",
        "I was in {capB} last month, and the mood there is far darker than the official statements suggest.",
        "The talks between {A} and {B} have produced paperwork, not trust.",
        "Our research shows that public opinion in {A} has shifted, slowly but steadily, towards the West.",
        "I see three scenarios, and only one of them ends with {demA} troops leaving the region.",
        "The so-called ⟪reset⟫ with {capA} was never more than a slogan.",
        "If {B} offered a credible path to membership, many of these red lines would disappear very quickly.",
        "We tend to forget how small the {demA} economy is compared with that of {B}.",
        "Frankly, I am more worried about {capB} than about {capA}.",
        "Deterrence is not a job for one ally any more, and {A} knows it.",
        "I expect another winter of negotiations that go nowhere.",
        "The weak link is the insurance market, not the navies of {A} or {B}.",
        "It is a cheap strategy for {capA}: a few statements, some state media coverage and a permanent irritant on the doorstep of {B}.",
        "My colleagues in {capB} describe the situation as ⟪the most dangerous in a decade⟫, and I agree with them.",
        "Nothing would serve {demA} propaganda better than a split among the allies.",
        "I have argued for years that {A} needs a plan of its own, not one borrowed from {B}.",
        "We are watching a slow squeeze, not a sudden assault.",
        "Everything depends on what happens on the front line in the spring.",
        "The gas contract between {A} and {B} is short-term, and both sides know it.",
    ]

    static let titles = [
        "{A} and {B} brace for a long winter of talks, experts say",
        "Can {A} keep {B} out of the war? Experts weigh in",
        "What next for {A}? Experts answer",
        "{capA} plays for time as {capB} weighs its options",
        "Experts assess the standoff between {A} and {B}",
        "Sanctions, gas and ballots: how {A} reads the crisis in {B}",
        "Is {A} about to change course on {B}?",
    ]

    static let ledes = [
        "Tensions between {A} and {B} have climbed back to levels not seen in years, after a month of border incidents and angry statements from both capitals.",
        "This spring, {capA} announced a new round of talks with {capB}, but officials on both sides have already played down the chances of a breakthrough.",
        "The {demA} government insists that the country remains committed to its partners, while opposition leaders accuse it of drifting towards {B}.",
        "With elections due in {B} in the autumn, diplomats in {capA} are watching every statement from the region for signs of a shift.",
    ]

    static let askedLines = [
        "{outlet} asked experts from the region what comes next.",
        "We asked analysts in {capA} and {capB} how close the region is to a new crisis and what the West can still do.",
        "{outlet} spoke with regional experts about what the latest moves mean.",
    ]

    /// (topic heading, the same topic as a question)
    static let sections: [(String, String)] = [
        ("Is a New Crisis Coming?", "Is a new crisis coming?"),
        ("The Role of {A}", "What role will {A} play?"),
        ("Sanctions and Energy", "Will the sanctions on {A} hold?"),
        ("What the West Can Do", "What can the West still do?"),
        ("The View from {capA}", "How does {capA} see the talks?"),
        ("Domestic Politics in {B}", "Will the elections in {B} change anything?"),
        ("Scenarios for Next Year", "What happens next year?"),
        ("{capB}'s Leverage", "How much leverage does {capB} have?"),
        ("Military Balance", "Has the military balance shifted?"),
    ]

    static let editorials = [
        "For most of the past decade, talks between {capA} and {capB} have been the main instrument of Western policy in the region.",
        "⟪We will not be rushed⟫ has been the line from {capA} since the spring, repeated at almost every press conference on the subject.",
        "The {demB} opposition argues that the government has no strategy at all, only a sequence of improvisations.",
        "⟪Stability first⟫ was the phrase diplomats used in {capB} last year; few of them use it now.",
        "Critics in the region argue that the West has consistently preferred stability to democracy in {A}.",
    ]

    static let headlines = [
        "{capA} cannot wait for perfect attribution",
        "The weak point is the paperwork, not the frigates",
        "{B} should bring its own playbook to the table",
        "The talks are a holding pattern",
        "{A} has more leverage than it thinks",
        "Sanctions work, but slowly",
        "Watch the gas contract, not the summit",
    ]

    static let teasers = [
        "How {A} learned to live with sanctions",
        "Inside the talks between {capA} and {capB}",
        "The {demA} election that nobody is watching",
        "Why {B} is quietly rearming",
    ]

    static let glossary: [(String, String)] = [
        ("Middle Corridor", "a trade route linking China and Europe through Central Asia, the Caspian Sea and the South Caucasus."),
        ("shadow fleet", "the ageing tankers that carry sanctioned oil under flags of convenience and with opaque owners."),
        ("Eastern Partnership", "the European Union's policy framework for six of its eastern neighbours, launched in 2009."),
        ("stabilitocracy", "a government that combines a formal commitment to European integration with authoritarian practices."),
        ("frozen conflict", "a conflict in which active fighting has stopped but no peace agreement has been signed."),
    ]
}
