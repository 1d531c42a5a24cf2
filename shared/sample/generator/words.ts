import type { BloomLevel } from '../../model';

/** Word lists the generator assembles its text from. Plain data, no logic. */

const split = (s: string): readonly string[] => s.split('|');

/** A field of study: its name and the topics (lower case, noun phrases) its credentials cover. */
export interface Domain {
  name: string;
  short: string;
  topics: readonly string[];
  employers: readonly string[];
}

const domain = (name: string, short: string, topics: string, employers: string): Domain => ({
  name,
  short,
  topics: split(topics),
  employers: split(employers),
});

export const DOMAINS: readonly Domain[] = [
  domain('Data Analytics', 'DA', 'data cleaning pipelines|exploratory data analysis|statistical inference|data visualisation dashboards|predictive models|SQL queries|data governance policies|A/B test designs|time-series forecasts|data quality metrics', 'Northwind Analytics|Kestrel Insights|Datafield Consulting'),
  domain('Cybersecurity', 'CY', 'network security controls|incident response playbooks|vulnerability assessments|identity and access management|security awareness programmes|threat intelligence reports|cloud security configurations|digital forensics evidence|risk registers|secure coding practices', 'Harbour Bank|Sentinel Networks|Civic Digital Services'),
  domain('Nursing Practice', 'NP', 'patient assessment records|medication administration|infection prevention procedures|wound care plans|clinical handover notes|palliative care approaches|mental health first aid|patient safety incidents|care plans for older adults|evidence-based nursing interventions', 'Riverside Health|St Aidan Hospital|Community Care Trust'),
  domain('Project Management', 'PM', 'project charters|work breakdown structures|stakeholder engagement plans|risk management plans|agile delivery practices|project schedules|budget forecasts|change control processes|benefits realisation plans|project closure reports', 'Atlas Infrastructure|Meridian Consulting|Public Works Agency'),
  domain('Renewable Energy', 'RE', 'solar photovoltaic systems|wind turbine maintenance|energy storage solutions|grid integration studies|energy audits|heat pump installations|electrical safety procedures|site feasibility assessments|energy performance certificates|microgrid designs', 'Greenline Power|Solace Solar|National Grid Services'),
  domain('Digital Marketing', 'DM', 'search engine optimisation|social media campaigns|content marketing strategies|email marketing automation|web analytics reports|customer personas|paid advertising budgets|brand guidelines|conversion funnels|marketing compliance rules', 'Brightside Media|Copperleaf Retail|Wavelength Agency'),
  domain('Supply Chain Management', 'SC', 'inventory control systems|procurement processes|demand planning|warehouse operations|supplier performance reviews|logistics networks|sustainable sourcing policies|customs documentation|lean improvement projects|transport schedules', 'Portside Logistics|Evergreen Foods|Continental Freight'),
  domain('Software Engineering', 'SE', 'version control workflows|automated test suites|continuous integration pipelines|REST interfaces|code reviews|software architecture documents|accessibility requirements|performance profiles|database schemas|release plans', 'Bluefin Software|Orbital Systems|GovTech Studio'),
  domain('Early Childhood Education', 'EC', 'play-based learning programmes|child development observations|inclusive learning environments|family partnership plans|early literacy activities|child safeguarding procedures|learning stories|behaviour guidance strategies|health and nutrition routines|transition-to-school plans', 'Little Oaks Centres|City Kindergartens|Family Services Network'),
  domain('Construction Management', 'CM', 'site safety plans|building information models|construction schedules|quantity take-offs|subcontractor agreements|quality inspection checklists|building code requirements|site logistics plans|cost estimates|defect management processes', 'Ironbark Construction|Summit Builders|Urban Renewal Authority'),
  domain('Financial Analysis', 'FA', 'financial statements|cash flow forecasts|investment appraisals|budget variance reports|financial risk models|management accounts|regulatory reporting requirements|valuation models|internal controls|sustainability disclosures', 'Capstone Advisory|Harbour Bank|Prudent Mutual'),
  domain('Cloud Computing', 'CC', 'cloud architectures|infrastructure as code templates|container deployments|cloud cost reports|service level objectives|backup and recovery plans|serverless functions|monitoring dashboards|migration plans|network topologies', 'Stratus Cloud|Orbital Systems|Bluefin Software'),
  domain('Public Health', 'PH', 'epidemiological surveillance data|health promotion campaigns|community needs assessments|outbreak investigations|health equity analyses|vaccination programmes|environmental health risks|programme evaluations|health policy briefs|health literacy materials', 'Regional Health Authority|Community Care Trust|Wellbeing Foundation'),
  domain('Hospitality Management', 'HM', 'guest service standards|food safety management systems|revenue management reports|event plans|front office procedures|staff rosters|beverage cost controls|customer feedback analyses|sustainable tourism practices|housekeeping schedules', 'Coastline Hotels|Grand Terrace Group|Festival Events Co'),
  domain('Advanced Manufacturing', 'AM', 'computer numerical control programs|quality assurance plans|additive manufacturing processes|preventive maintenance schedules|production line layouts|robotic cell programs|statistical process control charts|workplace health and safety procedures|materials selection reports|root cause analyses', 'Precision Works|Nordic Fabrication|Apex Automotive'),
  domain('User Experience Design', 'UX', 'user research interviews|journey maps|wireframes|interactive prototypes|usability test plans|design systems|information architectures|accessibility audits|service blueprints|design critiques', 'Pixel & Paper|Civic Digital Services|Brightside Media'),
  domain('Agribusiness', 'AG', 'farm business plans|soil health assessments|irrigation schedules|livestock welfare practices|crop rotation plans|agricultural supply contracts|precision agriculture data|biosecurity procedures|farm safety plans|market price analyses', 'Greenvale Co-operative|Southern Grain|Rural Advisory Service'),
  domain('Human Resources', 'HR', 'recruitment campaigns|position descriptions|performance review processes|employment agreements|learning and development plans|workforce plans|employee wellbeing programmes|diversity and inclusion strategies|remuneration benchmarks|workplace investigations', 'Peopleworks|Meridian Consulting|Public Service Commission'),
  domain('Environmental Science', 'ES', 'environmental impact assessments|water quality monitoring|biodiversity surveys|waste management plans|carbon footprint calculations|environmental compliance reports|contaminated land assessments|ecological restoration plans|air quality data|circular economy proposals', 'EcoSphere Consulting|Regional Council|Clearwater Utilities'),
  domain('Business Administration', 'BA', 'business process maps|meeting records|customer service procedures|office budgets|records management systems|business correspondence|workplace policies|spreadsheet models|event logistics|quality improvement proposals', 'Kingsway Services|Copperleaf Retail|City Council'),
];

/** Bloom's revised taxonomy verbs, by level, as they start an outcome statement. */
export const BLOOM_VERBS: Readonly<Record<BloomLevel, readonly string[]>> = {
  remember: split('Identify|List|Define|Recall|Recognise|State|Name'),
  understand: split('Describe|Explain|Summarise|Classify|Interpret|Discuss|Outline'),
  apply: split('Apply|Use|Demonstrate|Implement|Carry out|Calculate|Prepare|Operate'),
  analyse: split('Analyse|Examine|Investigate|Differentiate|Compare|Diagnose|Distinguish'),
  evaluate: split('Evaluate|Assess|Critique|Justify|Appraise|Recommend|Review'),
  create: split('Design|Develop|Construct|Formulate|Produce|Plan|Devise|Compose'),
};
export const BLOOM_LEVELS: readonly BloomLevel[] = ['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'];
/** Real outcome lists lean on the middle of the taxonomy. */
export const BLOOM_WEIGHTS: readonly number[] = [4, 12, 30, 24, 16, 14];

/** Verbs of skill statements, ESCO style ("manage …", "monitor …"). */
export const SKILL_VERBS = split(
  'apply|manage|monitor|maintain|prepare|review|develop|operate|document|coordinate|analyse|design|implement|evaluate|communicate|interpret|plan|test|audit|improve|use|advise on|report on|comply with',
);

/** Tails that set an outcome in context. */
export const CONTEXTS = split(
  'in a simulated workplace scenario|using industry-standard tools|in line with current legislation|for a small or medium-sized organisation|working as part of a multidisciplinary team|under supervision|with minimal supervision|in response to a client brief|for a diverse range of stakeholders|in accordance with organisational policy|using evidence from practice|to meet quality and safety requirements|in a live project setting|with attention to ethical considerations|for a community partner',
);

export const SKILL_QUALIFIERS = split('in a regulated environment|for remote teams|at scale|across sites|with digital tools|to industry standards|for clients|safely');

export const ASSESSMENT_TITLES: Readonly<Record<string, string>> = {
  exam: 'Written exam',
  quiz: 'Online quiz',
  project: 'Project',
  portfolio: 'Portfolio',
  practical: 'Practical assessment',
  presentation: 'Presentation',
  'case-study': 'Case study',
  simulation: 'Simulation',
  observation: 'Workplace observation',
  other: 'Assessment task',
};

export const ACTIVITY_KINDS = split('Workshop|Lecture series|Lab session|Online module|Case clinic|Field visit|Studio session|Mentored practice|Reading circle|Webinar');

export const CREDENTIAL_PATTERNS = split('Foundations of {t}|Applied {t}|Advanced {t}|{t} in Practice|{t} for Professionals|Introduction to {t}|{t}: Essentials|Leading {t}');
export const PROGRAM_PATTERNS = split("Graduate Certificate in {d}|Diploma of {d}|Bachelor of {d}|Master of {d}|Certificate IV in {d}|Postgraduate Diploma in {d}");
export const PROGRAM_LEVELS: Readonly<Record<string, { level: string; eqf: number; credits: number }>> = {
  'Graduate Certificate': { level: 'Graduate certificate', eqf: 6, credits: 30 },
  Diploma: { level: 'Diploma', eqf: 5, credits: 120 },
  Bachelor: { level: "Bachelor's degree", eqf: 6, credits: 180 },
  Master: { level: "Master's degree", eqf: 7, credits: 90 },
  'Certificate IV': { level: 'Certificate IV', eqf: 4, credits: 60 },
  'Postgraduate Diploma': { level: 'Postgraduate diploma', eqf: 7, credits: 60 },
};

export const INSTITUTIONS = split('Northbridge Institute of Technology|Lakeside University|Southern Polytechnic|Harbourview College|Eastmoor University of Applied Sciences');
export const COUNTRIES = split('Ireland|Netherlands|New Zealand|Finland|Portugal');

export const FIRST_NAMES = split('Aroha|Ben|Chiara|Dmitri|Elif|Fatima|Grace|Hemi|Ines|Jonas|Kiri|Lars|Mei|Nikhil|Olivia|Pedro|Quinn|Rosa|Sami|Tomás|Ula|Viktor|Wen|Yara|Zoe');
export const LAST_NAMES = split('Anders|Byrne|Costa|Dubois|Evans|Fischer|García|Hohaia|Ivanova|Jensen|Kowalski|Laine|Moreau|Ngata|Okafor|Patel|Quispe|Rossi|Sato|Tanaka|Unger|Varga|Walsh|Xu|Young');

export const COMMENT_OPENERS = split(
  'Could we tighten the wording here?|Industry advisors asked for more emphasis on this.|This overlaps with another credential; worth checking.|The verb seems too low for the EQF level.|Happy with this now.|Please add the assessment conditions.|Does the workload add up?|Suggest splitting this into two outcomes.|The employer panel endorsed this in March.|Check the credit value against the house rules.',
);
export const COMMENT_REPLIES = split('Agreed, updated.|Good catch, I will revise it.|I think it is fine as it is.|Discussed at the team meeting; leaving as is.|Changed the verb.|Added a note for the review panel.');
export const ENDORSEMENT_NOTES = split(
  'Reflects what we look for in new hires.|Directly relevant to our current projects.|Our team would recognise this credential.|Strong alignment with the sector skills plan.|Would support staff undertaking this.',
);
