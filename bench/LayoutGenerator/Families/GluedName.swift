/// `Name Title at Org` headers without a comma, the first one (at least) glued as a copied page
/// leaves it: `Ion ȚurcanuSenior Researcher at …`. Answers are unmarked.
enum GluedName {
    static func render(_ ctx: inout RenderContext) {
        var glued = 0
        HeaderBeforeStyle(
            intro: { ctx, expert, first in
                let credentials = expert.header(city: false)
                guard first else { return ([expert.name], credentials) }
                let glue = glued == 0 || ctx.rng.chance(0.4)
                if glue { glued += 1 }
                return ([glue ? expert.name + credentials : "\(expert.name) \(credentials)"], credentials)
            },
            sections: ctx.rng.chance(0.5)
        ).render(&ctx)
    }
}
