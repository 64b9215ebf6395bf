package org.samverka.plugin.lifecycle;

import org.samverka.api.module.LocalizedText;

/** The six phases of the in-mover's lifecycle, in order. Ids are stable and never translated. */
public enum Phase {
    INVENTORY(new LocalizedText("Inventory", "Inventera", "Kartlegge"), new LocalizedText(
            "Know what the municipality needs and has: which competences employers lack, which housing, schools and services can take more residents, and who already works with in-movers.",
            "Vet vad kommunen behöver och har: vilka kompetenser arbetsgivarna saknar, vilka bostäder, skolor och tjänster som kan ta emot fler invånare, och vem som redan arbetar med inflyttare.",
            "Vite hva kommunen trenger og har: hvilken kompetanse arbeidsgiverne mangler, hvilke boliger, skoler og tjenester som kan ta imot flere innbyggere, og hvem som allerede jobber med tilflyttere.")),
    ATTRACT(new LocalizedText("Attract", "Attrahera", "Tiltrekke"), new LocalizedText(
            "Make people elsewhere want to live here: a true story of the place, told where the target groups are, with the people who already live here as its voice.",
            "Få människor på andra platser att vilja bo här: en sann berättelse om platsen, berättad där målgrupperna finns, med dem som redan bor här som röst.",
            "Få folk andre steder til å ville bo her: en sann fortelling om stedet, fortalt der målgruppene er, med dem som allerede bor her som stemme.")),
    RECRUIT(new LocalizedText("Recruit", "Rekrytera", "Rekruttere"), new LocalizedText(
            "Turn interest into a move: jobs for both partners, contacts with employers and EURES, and one way in for questions about work, housing and school.",
            "Gör intresse till en flytt: jobb för båda i paret, kontakter med arbetsgivare och EURES, och en väg in för frågor om arbete, bostad och skola.",
            "Gjør interesse til en flytting: jobb til begge i paret, kontakt med arbeidsgivere og EURES, og én vei inn for spørsmål om arbeid, bolig og skole.")),
    INTRODUCE(new LocalizedText("Introduce", "Introducera", "Introdusere"), new LocalizedText(
            "Help the new residents get started: housing, registration, school and childcare, language courses and an in-mover guide who knows the municipality.",
            "Hjälp de nya invånarna att komma igång: bostad, folkbokföring, skola och förskola, språkkurser och en inflyttarlots som kan kommunen.",
            "Hjelp de nye innbyggerne i gang: bolig, folkeregistrering, skole og barnehage, språkkurs og en tilflytterlos som kjenner kommunen.")),
    WELCOME(new LocalizedText("Welcome", "Välkomna", "Ønske velkommen"), new LocalizedText(
            "Make them feel wanted: meeting places, language cafés, associations and neighbours who invite them in, so the first year is not spent alone.",
            "Få dem att känna sig önskade: mötesplatser, språkcaféer, föreningar och grannar som bjuder in, så att det första året inte blir ensamt.",
            "Få dem til å føle seg ønsket: møteplasser, språkkafeer, foreninger og naboer som inviterer inn, så det første året ikke blir ensomt.")),
    ROOT(new LocalizedText("Root", "Rota", "Slå rot"), new LocalizedText(
            "Make them stay: careers, a place in local life and a say in the community, so that today's in-movers become tomorrow's hosts.",
            "Få dem att stanna: karriär, en plats i det lokala livet och inflytande i samhället, så att dagens inflyttare blir morgondagens värdar.",
            "Få dem til å bli: karriere, en plass i lokalsamfunnet og innflytelse, slik at dagens tilflyttere blir morgendagens verter."));

    private final LocalizedText name;
    private final LocalizedText description;

    Phase(LocalizedText name, LocalizedText description) {
        this.name = name;
        this.description = description;
    }

    public LocalizedText label() {
        return name;
    }

    public LocalizedText description() {
        return description;
    }
}
