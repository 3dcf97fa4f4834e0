#include "report/methods.h"

namespace regio::report {

std::span<const MethodSection> methods() {
  static const std::vector<MethodSection> kSections = {
      {"getallen",
       "Getallen en zinnen",
       {"De samenvatting bestaat uit zinnen die het programma uit de analyse maakt; elk getal in een zin komt "
        "rechtstreeks uit de analyse of uit de gebruikte release van uitkomstcijfers.",
        "Getallen staan altijd in cijfers, ook kleine getallen, zodat elk getal in de tekst terug te vinden is in de "
        "tabellen. Decimalen staan achter een komma, duizendtallen worden gescheiden door een punt (1.234). Voor 0 "
        "regio's staat er \"geen enkele regio\", voor alle regio's \"alle N regio's\" (bij meer dan 1 regio), met het "
        "werkwoord in het enkelvoud bij 0 en 1.",
        "Aandelen van producten en doelen zijn hele procenten; gemiddelden van niveaus en borgingsscores hebben 1 "
        "decimaal, gemiddelde groei in patronen 2 decimalen, uitkomstpercentages 1 decimaal (zoals in de release).",
        "\"Ten minste niveau N\" telt de regio's op niveau N en hoger: een regio die gezamenlijk beleid voert, "
        "overlegt ook regelmatig. \"Alle\" slaat op de regio's waarvan het niveau bekend is.",
        "Bij de knelpunten staan de drie meest genoemde; delen meer knelpunten de derde plaats, dan staan ze er "
        "allemaal."}},
      {"patronen",
       "Patronen: groei met en zonder een factor",
       {"Voor elke factor (bijvoorbeeld: werkgevers structureel betrokken) vergelijken we de groei op de "
        "samenwerkingsladder tussen het vorige en het huidige meetmoment van regio's met en zonder die factor. Groei "
        "is het niveau nu min het niveau toen. Regio's zonder bekend niveau in een van beide metingen, of waarvan de "
        "factor niet te beoordelen is, tellen niet mee.",
        "Het verschil is de gemiddelde groei met de factor min die zonder de factor. De permutatietoets beantwoordt "
        "de vraag hoe vaak zo'n groot verschil (of groter, in beide richtingen) ontstaat als de factor er niet toe "
        "doet en de regio's willekeurig over de twee groepen verdeeld worden. We tellen alle mogelijke verdelingen "
        "exact (geen steekproef); de p-waarde is het aandeel verdelingen met een even groot of groter verschil.",
        "Het 95%-bootstrapinterval geeft aan hoe zeker het verschil zelf is: 10.000 keer trekken we binnen elke groep "
        "met teruglegging evenveel regio's als de groep telt en berekenen het verschil opnieuw; het interval loopt "
        "van het 2,5e tot het 97,5e percentiel van die verschillen. De trekkingen gebruiken een vaste startwaarde, "
        "zodat elk rapport dezelfde uitkomst geeft.",
        "Telt een groep minder dan 5 regio's, dan heet het patroon indicatief, wat de p-waarde ook is: één regio "
        "verschuift het gemiddelde van zo'n groep dan te sterk. Anders noemen we een verschil met p kleiner dan "
        "0,05 een duidelijk verschil, en een verschil met een grotere p geen duidelijk verschil (het kan toeval "
        "zijn). Een patroon laat een samenhang zien, geen oorzaak."}},
      {"vooruit",
       "Blik vooruit: trend en voorspelinterval",
       {"Voor elk kwantitatief doel op een uitkomstindicator (regio, indicator, streefwaarde, startjaar, "
        "interventie) trekken we een rechte lijn door de jaarcijfers van de release: gewone kleinste kwadraten over "
        "de startjaren vóór het doeljaar die op de peildatum compleet zijn en waarvan het cijfer gepubliceerd is. "
        "Niet-gepubliceerde (onderdrukte) jaren laten we weg en noemen we; ze worden nooit geschat.",
        "Met minder dan 3 jaren zijn er te weinig gegevens voor een trend. Anders verlengen we de lijn tot het "
        "doeljaar en geven het 90%-voorspelinterval: de verwachte waarde plus en min t × s × √(1 + 1/n + (x₀ − x̄)² "
        "/ Σ(x − x̄)²), met s de standaardafwijking van de afwijkingen rond de lijn (n − 2 vrijheidsgraden), t het "
        "95e percentiel van de t-verdeling met n − 2 vrijheidsgraden, x₀ het doeljaar en x̄ het gemiddelde jaar. Het "
        "interval gaat over de waarde van dat ene jaar, niet over een gemiddelde, en is daarom bij weinig jaren "
        "breed. Percentages blijven binnen 0–100%, andere cijfers niet onder 0.",
        "Kwantitatieve doelen uit de vragenlijst (indicator, streefwaarde en datum) doen ook mee. Zo'n doel gaat "
        "over het laatste startjaar waarvan het cijfer op de doeldatum compleet is: 40% werk binnen 12 maanden op "
        "31-12-2026 gaat over de starters van 2025. Een doel waarvan de indicator geen uitkomstindicator is, of "
        "zonder streefwaarde of datum, krijgt geen blik vooruit; het rapport noemt het wel."}},
      {"classificatie",
       "Op koers, onzeker, niet op koers",
       {"Op koers: het hele voorspelinterval ligt aan de goede kant van de streefwaarde (op of boven de "
        "streefwaarde; bij de mediaan van het aantal dagen tot werk, waar lager beter is, op of onder de "
        "streefwaarde). Niet op koers: het hele interval ligt aan de verkeerde kant. Onzeker: de streefwaarde ligt "
        "binnen het interval.",
        "Is het doeljaar op de peildatum al compleet, dan is er niets te voorspellen: dan geldt de meting zelf "
        "(behaald of niet behaald), of \"niet gepubliceerd\" als dat cijfer onderdrukt is."}},
      {"beveiliging",
       "Onthullingsbeveiliging in de zinnen",
       {"Uitkomstcijfers in het rapport komen altijd uit een release: een bevroren, beveiligde tabel van één "
        "peildatum. Een onderdrukt cijfer komt nooit in een zin; de zin zegt dan dat het cijfer niet gepubliceerd "
        "is. Startjaren die op de peildatum nog niet compleet zijn, heten \"nog te vroeg\" en tellen nergens mee."}},
  };
  return kSections;
}

}  // namespace regio::report
