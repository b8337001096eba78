"""Text pools for gen_date_pages.py: invented news stories, outlets, people and boilerplate in
German and English, all written for this project (no text from any real article)."""

DE_STORIES = [
    ("Neue Brücke über die Mulde freigegeben",
     ["Nach knapp drei Jahren Bauzeit ist die neue Brücke über die Mulde für den Verkehr freigegeben worden.",
      "Die Baukosten lagen nach Angaben der Stadt bei 42 Millionen Euro und damit deutlich über der ersten Schätzung.",
      "Anwohner hatten sich vor allem über die lange Umleitung durch die Innenstadt beklagt.",
      "Die Bürgermeisterin sprach bei der Eröffnung von einem wichtigen Tag für die ganze Region."]),
    ("Stadtrat beschließt Haushalt mit knapper Mehrheit",
     ["Der Stadtrat hat am Dienstagabend nach einer mehr als sechsstündigen Debatte den Haushalt beschlossen.",
      "Die Opposition kritisierte vor allem die geplanten Kürzungen bei Schwimmbädern und Bibliotheken.",
      "Der Kämmerer verteidigte den Sparkurs mit den gestiegenen Energiekosten der vergangenen Jahre.",
      "Im kommenden Frühjahr soll der Haushalt noch einmal überprüft werden."]),
    ("Regionalbahn fällt wochenlang aus",
     ["Pendler zwischen Nordheim und Südstadt müssen sich auf wochenlange Einschränkungen einstellen.",
      "Grund sind nach Angaben des Bahnunternehmens dringende Arbeiten an einem Stellwerk.",
      "Ersatzbusse sollen im Stundentakt fahren, brauchen für die Strecke aber deutlich länger.",
      "Der Fahrgastverband forderte eine bessere Information der Reisenden an den Bahnhöfen."]),
    ("Hochwasser: Pegel steigt weiter",
     ["Nach tagelangem Regen ist der Pegel des Flusses weiter gestiegen und hat die zweite Warnstufe erreicht.",
      "Die Feuerwehr hat in der Altstadt Sandsäcke verteilt und mehrere Uferwege gesperrt.",
      "Meteorologen erwarten erst zum Wochenende eine Entspannung der Lage.",
      "Der Landkreis hat einen Krisenstab eingerichtet, der zweimal täglich tagt."]),
    ("Traditionsverein steigt in die Regionalliga auf",
     ["Mit einem 3:1-Sieg im letzten Saisonspiel hat der Traditionsverein den Aufstieg perfekt gemacht.",
      "Vor mehr als 8.000 Zuschauern drehte die Mannschaft einen frühen Rückstand noch in der ersten Halbzeit.",
      "Der Trainer lobte nach dem Spiel vor allem die Moral seiner jungen Mannschaft.",
      "Die Planungen für die neue Saison sollen bereits in der kommenden Woche beginnen."]),
    ("Maschinenbauer kündigt Stellenabbau an",
     ["Der Maschinenbauer will an seinem Stammsitz bis zu 400 Stellen streichen.",
      "Als Grund nannte das Unternehmen die schwache Nachfrage aus dem Ausland und hohe Kosten.",
      "Die Gewerkschaft kündigte Widerstand an und sprach von einem schwarzen Tag für die Region.",
      "Betriebsbedingte Kündigungen sollen nach Angaben der Geschäftsführung möglichst vermieden werden."]),
    ("Schulen bekommen schnelleres Internet",
     ["Alle weiterführenden Schulen im Kreis sollen bis zum Sommer an das Glasfasernetz angeschlossen werden.",
      "Das Land übernimmt nach Angaben des Ministeriums drei Viertel der Kosten.",
      "Lehrkräfte hatten sich immer wieder über abbrechende Verbindungen im Unterricht beschwert.",
      "In einem zweiten Schritt sollen auch die Grundschulen folgen."]),
    ("Weinfest zieht Tausende Besucher an",
     ["Bei sonnigem Wetter haben am Wochenende mehrere Tausend Menschen das Weinfest besucht.",
      "Die Veranstalter zeigten sich mit dem Verlauf zufrieden, größere Zwischenfälle gab es nicht.",
      "Erstmals gab es in diesem Jahr auch ein Angebot an alkoholfreien Weinen.",
      "Das nächste Fest ist bereits für den Spätsommer geplant."]),
]

EN_STORIES = [
    ("City council approves new budget after long debate",
     ["The city council approved next year's budget late on Tuesday after a debate that lasted more than six hours.",
      "Opposition members criticised cuts to libraries and public swimming pools.",
      "The treasurer defended the plan, pointing to energy costs that have risen sharply in recent years.",
      "The budget is due to be reviewed again in the spring."]),
    ("Storm cuts power to thousands along the coast",
     ["A storm swept along the coast overnight, cutting power to thousands of homes and closing the port.",
      "Utility crews were working to restore electricity, but officials warned repairs could take days.",
      "Schools in three districts will remain closed until at least Wednesday.",
      "Forecasters expect calmer weather by the weekend."]),
    ("Local team wins promotion on final day",
     ["A 3-1 win on the last day of the season secured promotion for the club.",
      "More than 8,000 fans watched the team recover from an early goal down.",
      "The coach praised the spirit of his young squad after the final whistle.",
      "Planning for the new season will begin next week, the club said."]),
    ("Factory to cut 400 jobs as orders fall",
     ["The manufacturer plans to cut up to 400 jobs at its main plant, the company said.",
      "It blamed weak demand from export markets and rising costs.",
      "The union promised to fight the cuts and called it a dark day for the region.",
      "Management said it would try to avoid compulsory redundancies."]),
    ("New bridge opens after three years of work",
     ["The new bridge across the river opened to traffic after almost three years of construction.",
      "The project cost 42 million dollars, well above the first estimate.",
      "Residents had complained about long detours through the town centre.",
      "The mayor called the opening an important day for the whole region."]),
]

DE_OUTLETS = ["Nordkurier Online", "Tagesblatt", "Mittelhessen Aktuell", "Rheinpost", "Der Landbote",
              "Stadtanzeiger", "Südwestecho", "Elbe-Nachrichten"]
EN_OUTLETS = ["The Daily Ledger", "Coastal Times", "Metro Herald", "The Valley Post", "Northern Chronicle"]
DE_AUTHORS = ["Anna Schmidt", "Jonas Weber", "Lea Hoffmann", "Markus Brandt", "Sophie Krüger"]
EN_AUTHORS = ["Jane Doe", "Michael Grant", "Sarah Collins", "David Park"]

DE_NAV = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Lokales", "Wetter", "Panorama"]
EN_NAV = ["Home", "News", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather"]

DE_RELATED = ["Neue Radwege in der Innenstadt geplant", "Kita-Gebühren steigen im Herbst",
              "Polizei sucht Zeugen nach Unfall", "Freibad öffnet früher als geplant",
              "Streit um Windpark geht weiter", "Marktplatz wird umgestaltet"]
EN_RELATED = ["New cycle lanes planned for downtown", "Police appeal for witnesses after crash",
              "Swimming pool to open early this year", "Row over wind farm continues",
              "Market square to be redesigned"]

DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
DE_WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
                "Nov.", "Dec."]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
