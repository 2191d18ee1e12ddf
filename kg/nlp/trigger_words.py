"""The words of contacts: verbs and nouns that trigger a contact, and the words around them.

Each set says what its words do in a contact's clause; :mod:`kg.nlp.triggers` decides which token fires which rule,
:mod:`kg.nlp.contacts` and :mod:`kg.nlp.contact_parties` who takes part, :mod:`kg.nlp.places` where.
"""

from __future__ import annotations

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE

#: Verbs whose "with/to" object or subject pair are parties to a conversation.
TALK_VERBS = {"speak", "talk", "converse", "confer", "negotiate", "discuss", "chat", "consult", "debate", "wrangle",
              "haggle", "bargain", "parley"}

#: Verbs whose direct object is the other party of a call.
CALL_VERBS = {"call", "phone", "telephone", "ring", "dial"}

#: Nouns of the group a side brings to a meeting: "The Pakistani delegation included X", "spent hours with
#: a delegation led by X".
DELEGATION_NOUNS = {"delegation", "delegations", "team", "entourage"}

#: Verbs of in-person meeting; the direct object is the other party.
MEET_VERBS = {"meet", "host", "receive", "welcome", "convene", "greet"}

#: Verbs of coming together, intransitive: "the leaders gathered in Paris".
GATHER_VERBS = {"gather", "assemble", "huddle"}

#: Verbs that with "together" are a meeting: "came together in Paris", "got together".
TOGETHER_VERBS = {"come", "get"}

#: Verbs of working with someone, talks when the work is brokering or negotiating: "worked with X to broker".
WORK_VERBS = {"work", "cooperate", "team"}

#: Meeting verbs that need a party or a meeting as object: not "received a sentence", "welcomed the decision".
RECEIVING_VERBS = {"host", "receive", "welcome", "greet"}

#: Nouns of the time and room around a forum, where its guests meet: "on the sidelines of the summit".
SIDELINE_NOUNS = {"sidelines", "sideline", "margins", "margin", "fringes", "fringe"}

#: What is signed in person by the parties to it.
AGREEMENT_NOUNS = {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "declaration", "communique",
                   "protocol", "ceasefire", "truce", "charter"}

#: Texts that, signed "joint", were signed together: "signed a joint statement in Moscow".
JOINT_TEXTS = {"statement", "letter", "communiqué", "plan", "document", "text"}

#: Verbs of joining someone in person: "will join President X at Verdun" (a person object only; also
#: "visited X", while "visited Kyiv" is travel).
JOIN_VERBS = {"join", "accompany"}

#: Nouns of being in contact, after "in": "in contact with X", "in touch with X".
CONTACT_NOUNS = {"contact", "touch"}

#: What one calls someone to do, in the call: "called X to congratulate him" (not "called X to resign").
CALL_PURPOSES = {"congratulate", "thank", "discuss", "express", "convey", "offer", "wish", "apologize", "apologise",
                 "inform", "update", "assure", "reassure", "condole", "talk"}

#: Nouns naming a contact; "hold/have/make" + noun, or "noun with/between".
TALK_NOUNS = {"talks", "talk", "conversation", "conversations", "negotiation", "negotiations", "discussion",
              "discussions", "dialogue", "consultations", "consultation", "chat", "chats", "exchange", "interview",
              "debate", "debates"}

CALL_NOUNS = {"call", "phonecall", "phone", "telephone", "videoconference", "teleconference"}

#: Words that say what kind of call a plural "calls" are, which makes them contacts: "courtesy calls", "phone calls".
CALL_KINDS = {"courtesy", "phone", "telephone", "video"}

MEET_NOUNS = {"meeting", "meetings", "summit", "summits", "encounter", "visit", "meet", "conference", "retreat", "session",
              "sessions", "tête-à-tête", "tête-à-têtes", "tete-a-tete", "tete-a-tetes"}

#: Nouns of a journey whose "to <place>" is where a contact during it happened: "during his visit to X".
TRIP_NOUNS = {"visit", "trip", "tour", "journey", "stay", "stopover", "mission"}
#: Meeting nouns whose "to <place>" or place adjective ("an Indian visit") is where it happened.
VISIT_NOUNS = {"visit"}

#: A go-between's contact with each side: "mediate between X and Y", "a deal brokered by Z".
MEDIATE_VERBS = {"mediate", "broker"}

MEDIATE_NOUNS = {"mediation"}

#: Nouns of a formal reception by a monarch or a pope: "was granted an audience with King X" (only with "with").
AUDIENCE_NOUNS = {"audience", "prayer"}  # (and "an ecumenical prayer with X": together, in person)

#: Verbs by which a monarch or pope receives someone in audience: "granted an audience to X".
GRANT_VERBS = {"grant", "give", "accord"}

#: Meals shared with someone are meetings: "had dinner with X in Paris".
MEAL_NOUNS = {"dinner", "dinners", "lunch", "lunches", "breakfast", "luncheon", "banquet", "supper"}

#: Participles of holding a contact: "talks held in Geneva", "a meeting hosted at the Elysee in Paris".
HOLD_VERBS = {"hold", "host", "conduct", "stage", "organize", "organise", "convene"}

#: Sites one meets on, not in: "on the Simón Bolívar International Bridge", "on Sentosa Island".
ON_SITES = {"bridge", "island", "ship", "yacht", "vessel", "carrier", "frigate", "train"}
#: Common nouns of the buildings where leaders receive guests: "at the Kuksaroy residence", "at his office".
VENUE_NOUNS = {"residence", "palace", "office", "headquarters", "secretariat", "hotel", "house", "building",
               "complex", "compound", "mansion", "villa", "chancellery", "ministry", "guesthouse"}

#: What two sides exchange when they talk: "exchanged views with X".
EXCHANGE_OBJECTS = {"view", "views", "idea", "ideas", "opinion", "opinions", "pleasantry", "pleasantries"}

#: Lemmas of the press as audience: "spoke to reporters", "met journalists" is a statement, not a contact.
PRESS_NOUNS = {"reporter", "journalist", "press", "media", "newsman", "correspondent", "newsmen", "reporters",
               "journalists", "correspondents"}

#: Titles of the press before a name: "spoke to CNN correspondent X" is an interview, not a contact.
PRESS_TITLES = {"correspondent", "reporter", "journalist", "editor", "columnist", "anchor", "presenter", "interviewer"}

#: Verbs addressing someone that are a contact when the one addressed is the speaker's counterpart.
COUNTERPART_VERBS = {"tell", "assure", "reassure", "inform", "brief", "thank", "congratulate"}

#: What one raises with someone in talking to them: "raised the issue with X".
RAISED_OBJECTS = {"issue", "issues", "concern", "concerns", "matter", "question", "questions", "case", "subject", "topic"}

GROUP_NOUNS = {"delegation", "delegations", "representatives", "representative", "officials", "official",
               "neighbors", "neighbours", "neighbor", "neighbour", "partners", "allies",
               "authorities", "leadership", "management", "administration", "envoy",
               "negotiators", "envoys", "team", "teams", "government", "governments", "leaders", "ministers",
               "diplomats", "side", "sides", "counterparts", "houses", "chambers", "members", "factions",
               "delegates", "emissaries", "presidents", "premiers", "heads", "executives", "bosses", "lawyers",
               "mediators", "lawmakers", "commanders", "group", "groups"}

PARTY_TYPES = {PERSON, COUNTRY, ORGANIZATION}

PLACE_TYPES = {PLACE, COUNTRY}

#: Talk verbs whose direct object is what is talked about: "X and Y discussed Ukraine by phone".
TOPIC_VERBS = {"discuss"}

#: Verbs of travel whose "in/to" object is where a visitor then meets people, and whose purpose "to see X" is
#: meeting X.
TRAVEL_VERBS = {"visit", "arrive", "travel", "fly", "go", "come", "land", "tour", "head", "return", "stop", "cross",
                "proceed", "leave", "depart"}

#: What "meet" has as its object when it means to satisfy: "meeting their commitments", "met the deadline".
MET_DEMANDS = {"commitment", "obligation", "target", "goal", "deadline", "demand", "need", "requirement", "criterion",
               "criteria", "condition", "expectation", "standard", "threshold", "quota", "cost", "payment", "pledge",
               "promise", "challenge", "request", "objective", "benchmark", "test", "end"}

#: Things a meeting verb's object may be in another sense: "received the rotating presidency", "hosted the
#: chairmanship", "received a letter" (not a meeting with whoever the thing is of).
RECEIVED_THINGS = {"presidency", "chairmanship", "baton", "award", "prize", "medal", "letter", "message", "invitation",
                   "gift", "approval", "backing", "funding", "loan", "shipment", "delivery"}

#: Verbs of being among those present: "attended the meeting", "the ceremony was witnessed by X".
ATTEND_VERBS = {"attend", "witness"}

#: How many sentences back the meeting "X attended" or "X and Y were present" refers to may be told.
ATTENDED_REACH = 5

#: Verbs whose person, as a journey's purpose, is met there: "stopped in Paris to see X", "flew to Cairo to brief X".
PURPOSE_MEET_VERBS = {"see", "brief"}

#: Verbs of chairing a meeting, which the chair attends: "presided over the summit".
PRESIDE_VERBS = {"preside"}

#: Lemmas a verb trigger may have, and words a noun trigger may be: any other word triggers nothing.
VERB_TRIGGERS = (TALK_VERBS | CALL_VERBS | MEET_VERBS | GATHER_VERBS | TOGETHER_VERBS | WORK_VERBS | JOIN_VERBS
                 | COUNTERPART_VERBS | MEDIATE_VERBS | ATTEND_VERBS | PRESIDE_VERBS
                 | {"exchange", "raise", "shake", "sit", "visit", "bring", "sign", "take", "present", "pick", "see", "give",
                    "accord", "pray", "spend"})

#: The time one spends with another when meeting them: "spent three hours with X".
SPENT_TIMES = {"minute", "hour", "day", "morning", "afternoon", "evening", "night", "week"}

#: Nouns of those gathered at a meeting or ceremony: "Among the guests were X and Y", "Mourners included X".
GUEST_NOUNS = {"guests", "dignitaries", "attendees", "mourners", "invitees"}

NOUN_TRIGGERS = (MEDIATE_NOUNS | CONTACT_NOUNS | MEAL_NOUNS | TALK_NOUNS | CALL_NOUNS | MEET_NOUNS | AUDIENCE_NOUNS
                 | GUEST_NOUNS | {"table", "attendance"})

#: Meetings of many, told once and referred to as "the summit" after.
FORUM_NOUNS = {"summit", "conference", "forum", "congress", "assembly"}

#: Last words of the names of forums whose members meet: "the European Council", "the G20 Summit".
FORUM_HEADS = {w.capitalize() for w in FORUM_NOUNS} | {"Council", "Dialogue", "Meeting"}

#: Nouns of ceremonies whose guests gather in person: "attended the inauguration", "the funeral was attended by X".
CEREMONY_NOUNS = {"ceremony", "ceremonies", "inauguration", "funeral", "coronation", "investiture", "enthronement",
                  "commemoration", "commemorations", "celebrations", "parade", "wedding", "memorial", "requiem"}

#: Words that make any contact a call.
CALL_WORDS = {"phone", "telephone", "phonecall", "call", "video", "videoconference", "teleconference", "weblink",
              "videolink", "telephonic", "telephonically", "virtual", "online"}

#: Adverbs that make a meeting remote: "met virtually with X".
REMOTE_ADVERBS = {"virtually", "online", "remotely"}

#: Prepositions of the means of a contact: "by video link", "via videoconference".
MEANS_PREPS = {"by", "via", "over"}

#: Means of a journey, whose phrase the parser may hang the rest of the verb's phrases on: "travelled to Kyiv by train
#: with X for a meeting with Y".
TRANSPORT_NOUNS = {"train", "plane", "car", "helicopter", "boat", "ship", "bus", "road", "air", "sea", "motorcade",
                   "jet"}
