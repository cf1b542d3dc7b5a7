package org.paperkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.model.EntityType;

/** Word lists shared by the rule stages: non-name capitalised words, head nouns that reveal a type, and so on. */
final class Lexicon {
    /** The non-empty answers of {@link #headNounType}, made once because it runs inside per-token loops. */
    private static final Optional<EntityType> DATASET = Optional.of(EntityType.DATASET);
    private static final Optional<EntityType> MODEL = Optional.of(EntityType.MODEL);
    private static final Optional<EntityType> TASK = Optional.of(EntityType.TASK);
    private static final Optional<EntityType> METRIC = Optional.of(EntityType.METRIC);
    private static final Optional<EntityType> METHOD = Optional.of(EntityType.METHOD);

    private Lexicon() {
    }

    /** Capitalised words and acronyms that are not entity names, as written. */
    static final Set<String> NOT_NAMES = words("We", "Our", "Ours", "Us", "In", "This", "These", "That", "Those", "The",
            "A", "An", "To", "For", "On", "Of", "With", "By", "As", "At", "From", "Into", "Via", "And", "Or", "But",
            "If", "However", "Moreover", "Furthermore", "Additionally", "Finally", "First", "Second", "Third", "Then",
            "Thus", "Therefore", "Hence", "Specifically", "Experiments", "Experimental", "Extensive", "Results", "Code",
            "Data", "It", "Its", "They", "Their", "Although", "While", "Despite", "Unlike", "Compared", "Given",
            "Based", "Using", "Recent", "Existing", "Previous", "Most", "Many", "Some", "Such", "Both", "Each", "All",
            "Further", "Also", "Here", "There", "When", "Where", "Which", "What", "How", "Why", "One", "Two", "Three",
            "Table", "Figure", "Fig", "Section", "Appendix", "Eq", "Theorem", "Lemma", "Corollary", "Proposition",
            "Definition", "English", "Chinese", "Japanese", "German", "French", "Spanish", "Korean", "Arabic",
            "Russian", "Hindi", "Indian", "European", "American", "African", "Asian", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December", "Google",
            "OpenAI", "Microsoft", "Meta", "Facebook", "DeepMind", "NVIDIA", "Nvidia", "IBM", "Apple", "Baidu",
            "Alibaba", "Tencent", "Huawei", "Anthropic", "Hugging", "Face", "HuggingFace", "GitHub", "Github", "arXiv",
            "Python", "PyTorch", "TensorFlow", "JAX", "Bayesian", "Gaussian", "Euclidean", "Markov", "Markovian",
            "Fourier", "Laplacian", "Hessian", "Jacobian", "Lipschitz", "Newton", "Bernoulli", "Boltzmann",
            "Wasserstein", "Riemannian", "Hilbert", "Banach", "Kullback", "Leibler", "Shannon", "Turing", "Nash",
            "Pareto", "Dirichlet", "Poisson", "Langevin", "Hamiltonian", "Lagrangian", "Cartesian", "Earth", "Internet",
            "Web", "World", "AI", "ML", "NLP", "CV", "IR", "GPU", "GPUs", "CPU", "CPUs", "TPU", "TPUs", "API", "APIs",
            "SOTA", "RGB", "RGB-D", "LiDAR", "IoT", "HTML", "SQL", "JSON", "URL", "UI", "USA", "US", "UK", "EU", "PhD",
            "NP", "IID", "OOD", "I", "II", "III", "IV", "KL", "ODE", "ODEs", "PDE", "PDEs", "SDE", "SDEs", "MDP",
            "MDPs", "POMDP", "POMDPs", "KG", "KGs", "Q", "Yes", "No", "Not", "Only", "Even", "Instead", "Overall",
            "Next", "Last", "Lastly", "Besides", "Consequently", "Meanwhile", "Notably", "Importantly", "Interestingly",
            "Surprisingly", "Similarly", "Inspired", "Motivated", "Building", "Leveraging", "Following", "Towards",
            "Toward", "Through", "Under", "Without", "Within", "Across", "After", "Before", "During", "Since",
            "Because", "Among", "Between", "Beyond", "Over", "Recently", "Currently", "Traditional", "Conventional",
            "Current", "Prior", "Empirically", "Theoretically", "Our", "Is", "Are", "Can", "Do", "Does", "Has", "Have",
            "Will", "Should", "Could", "Would", "Must", "Let", "Consider", "Suppose", "Assume", "Unfortunately",
            "Nevertheless", "Nonetheless", "Still", "Yet", "Accordingly", "Ultimately", "Generally", "Typically",
            "Intuitively", "Formally", "Concretely", "Practically", "Together", "Altogether", "Apart", "Regarding",
            "Depending", "Due", "Namely", "Especially", "Particularly", "Code", "Project", "Page", "Website", "Demo",
            "Source", "Available", "Appendix", "Supplementary", "Ph.D", "AAAI", "NeurIPS", "ICML", "ICLR", "CVPR",
            "ICCV", "ECCV", "ACL", "EMNLP", "NAACL", "COLING", "KDD", "SIGIR", "IJCAI", "WWW", "Kaggle", "LaTeX",
            "COVID", "COVID-19", "FAQ", "FAQs", "FLOPs", "FLOP", "MACs", "FPS", "AutoML", "SoC", "L0", "L1", "L2", "Lp",
            "Qualcomm", "Snapdragon", "Intel", "AMD", "ARM", "Android", "iOS", "Linux", "Windows", "Wikidata", "PDF",
            "Twitter", "Reddit", "YouTube", "GPS", "FPGA", "FPGAs", "ASIC", "ASICs", "sRGB", "RGBD", "IDs", "ID",
            "Hamming", "SPARQL", "C++", "CUDA", "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Theta", "Lambda",
            "Sigma", "Omega", "FDA", "NP-hard", "NP-complete", "AR/VR", "VR", "AR", "dB",
            "EEG", "ECG", "MRI", "fMRI", "CT", "Bayes", "EHR", "EHRs", "GUI", "GUIs", "TinyML", "Type-I", "Type-II",
            "Position", "Survey", "Review", "Tutorial", "Perspective", "Commentary", "Subtask", "Sub-task", "SoTA",
            "Sota", "JPEG", "JPG", "WebP", "PNG", "GIF", "MP3", "MP4", "DNA", "RNA", "mRNA", "CCTV", "BCI", "BCIs",
            "MR",
            "V1", "V4", "CNS", "ICU", "HPC", "SaaS", "DSL", "OS", "RAM", "SSD", "HDD", "USB", "PC", "PCs", "KB", "MB",
            "GB", "TB", "XR", "NSFW");

    /**
     * Capitalised field, domain and data-type phrases that are not names of datasets, models or methods ("Artificial
     * Intelligence", "Computer Vision", "Electronic Health Records"), compared as {@link Keys}.
     */
    static final Set<String> NOT_NAME_PHRASES = keys("Artificial Intelligence", "Machine Learning", "Deep Learning",
            "Computer Vision", "Natural Language Processing", "Computer Graphics", "Data Science", "Data Mining",
            "Social Media", "Social Network", "Social Networks", "Electronic Health Records",
            "Electronic Health Record",
            "Electronic Medical Records", "Closed-Circuit Television", "Internet of Things", "Explainable AI",
            "Explainable Artificial Intelligence", "Generative AI", "Responsible AI", "Trustworthy AI", "Open Science",
            "Health Care", "Healthcare", "Medical Imaging", "Quantum Computing", "Cloud Computing", "Edge Computing",
            "Operations Research", "Cognitive Science", "Neuroscience", "Signal Processing",
            "Human-Computer Interaction",
            "Software Engineering", "Autonomous Driving", "Self-Driving", "Robotics", "Bioinformatics",
            "Computational Biology", "Information Retrieval", "Speech Processing", "State-of-the-Art",
            "State of the Art");

    /**
     * Lower-case mathematical nouns that follow a proper name without making a method of it ("Wiener process",
     * "Hanson-Wright inequality", "Cox process").
     */
    static final Set<String> MATH_NOUNS = words("process", "processes", "inequality", "inequalities", "theorem",
            "theorems", "lemma", "conjecture", "equation", "equations", "identity", "constant", "constants",
            "condition", "conditions", "property", "space", "spaces", "measure", "measures", "integral", "integrals",
            "polynomial", "polynomials", "function", "functions", "bound", "bounds", "law", "laws", "number",
            "numbers", "matrix", "matrices", "transform", "operator", "noise", "distribution", "distributions",
            "proportional", "manifold", "manifolds", "equilibrium", "equilibria", "criterion", "statistic",
            "topology", "dimension");

    /**
     * Capitalised adjectives from proper names ("Gaussian", "Markov") that are not names on their own but may start a
     * longer capitalised name ("Hamiltonian Monte Carlo", "Gaussian Split").
     */
    static final Set<String> EPONYMS = words("Bayesian", "Gaussian", "Euclidean", "Markov", "Markovian", "Fourier",
            "Laplacian", "Hessian", "Hamiltonian", "Lagrangian", "Langevin", "Wasserstein", "Riemannian", "Dirichlet",
            "Poisson", "Boltzmann", "Bernoulli", "Boolean", "Cauchy", "Schwarz", "Hermitian", "Toeplitz", "Lebesgue",
            "Sobolev", "Minkowski", "Student", "Kullback", "Leibler", "Jensen");

    /**
     * Names of languages and language families, which alone name no dataset, model or method: "a novel Romanian
     * corpus", "translation into Irish" (dev-i, dev-m); inside a longer name they stay ("Romanian BERT", "Korean
     * FrameNet").
     */
    static final Set<String> LANGUAGES = words(
            "Afrikaans", "Albanian", "Amharic", "Arabic", "Armenian", "Assamese", "Azerbaijani", "Basque",
            "Belarusian", "Bengali", "Bangla", "Bosnian", "Bulgarian", "Burmese", "Catalan", "Cebuano", "Chinese",
            "Mandarin", "Cantonese", "Croatian", "Czech", "Danish", "Dutch", "English", "Estonian", "Filipino",
            "Tagalog", "Finnish", "French", "Galician", "Georgian", "German", "Greek", "Gujarati", "Hausa", "Hebrew",
            "Hindi", "Hungarian", "Icelandic", "Igbo", "Indonesian", "Irish", "Italian", "Japanese", "Javanese",
            "Kannada", "Kazakh", "Khmer", "Korean", "Kurdish", "Kyrgyz", "Lao", "Latin", "Latvian", "Lithuanian",
            "Luxembourgish", "Macedonian", "Malagasy", "Malay", "Malayalam", "Maltese", "Maori", "Marathi",
            "Mongolian", "Nepali", "Norwegian", "Odia", "Oriya", "Pashto", "Persian", "Farsi", "Polish",
            "Portuguese", "Punjabi", "Romanian", "Russian", "Sanskrit", "Serbian", "Sindhi", "Sinhala", "Slovak",
            "Slovenian", "Somali", "Spanish", "Swahili", "Swedish", "Tajik", "Tamil", "Tatar", "Telugu", "Thai",
            "Tibetan", "Turkish", "Turkmen", "Ukrainian", "Urdu", "Uyghur", "Uighur", "Uzbek", "Vietnamese", "Welsh",
            "Xhosa", "Yiddish", "Yoruba", "Zulu", "Quechua", "Guarani", "Aymara", "Wolof", "Amazigh", "Berber",
            "Tigrinya", "Kinyarwanda", "Sesotho", "Setswana", "Shona", "Akan", "Twi", "Ewe", "Fon", "Lingala",
            "Luganda", "Kirundi", "Syriac", "Coptic", "Sumerian", "Akkadian", "Turkic", "Bantu", "Dravidian",
            "Slavic", "Germanic", "Semitic", "Austronesian", "Hokkien", "Faroese", "Breton", "Cornish",
            "Manx", "Scots", "Gaelic", "Frisian", "Occitan", "Sardinian", "Corsican", "Romansh", "Inuktitut",
            "Cherokee", "Navajo", "Hawaiian", "Samoan", "Tongan", "Fijian");
    /**
     * Architecture families and model categories written as names ("Transformer", "CNNs", "LLMs"): the guide's
     * settled case puts them in the optional tier when used generically, so they are never reported on their own.
     */
    static final Set<String> FAMILIES = words("Transformer", "Transformers", "CNN", "CNNs", "DNN", "DNNs", "RNN",
            "RNNs", "GAN", "GANs", "MLP", "MLPs", "LLM", "LLMs", "VLM", "VLMs", "MLLM", "MLLMs", "LRM", "LRMs", "GNN",
            "GNNs", "LM", "LMs", "PLM", "PLMs", "SSM", "SSMs", "NN", "NNs", "ANN", "ANNs", "DL", "DRL", "PTM", "PTMs");

    /** Following or final nouns that mark a dataset or benchmark name. */
    static final Set<String> DATASET_HEADS = words("dataset", "datasets", "benchmark", "benchmarks", "corpus",
            "corpora", "suite", "collection", "challenge", "testbed", "treebank", "database", "leaderboard", "data set",
            "bench", "environment", "environments", "test set", "split", "splits", "catalog", "catalogue", "simulator",
            "databases", "testbeds", "treebanks", "suites", "leaderboards", "catalogs", "catalogues");

    /** Following or final nouns that mark a trained model. */
    static final Set<String> MODEL_HEADS = words("model", "models", "llm", "llms", "lm", "lms", "checkpoint",
            "checkpoints", "chatbot", "assistant", "agent", "vlm", "vlms", "mllm", "mllms");

    /** Following or final nouns that mark a method, architecture or framework. */
    static final Set<String> METHOD_HEADS = words("method", "methods", "approach", "approaches", "algorithm",
            "algorithms", "framework", "frameworks", "technique", "techniques", "optimizer", "optimiser", "loss",
            "architecture", "architectures", "module", "mechanism", "strategy", "paradigm", "scheme", "pipeline",
            "network", "networks", "net", "attention", "procedure", "learning", "training", "tuning", "fine-tuning",
            "finetuning", "distillation", "optimization", "regularization", "normalization", "sampling", "search",
            "steering", "alignment", "embedding", "embeddings", "encoding", "decoding", "prompting", "augmentation",
            "pruning", "merging", "transformer", "transformers", "layer", "layers", "policy", "objective", "system",
            "encoder", "decoder", "inference", "retrieval", "adaptation", "operator", "estimator", "solver", "kernel",
            "regression", "classifier", "planner", "quantization", "convolution", "convolutions", "initialization",
            "diffusion", "flow", "flows", "autoencoder", "gan", "gans", "process", "processes", "trees", "tree",
            "forest", "machine", "machines", "field", "fields", "splatting", "descent", "backpropagation", "dropout",
            "unit", "units", "block", "blocks", "head", "heads", "protocol", "rule", "modeling", "modelling",
            "representation", "representations", "calibration", "selection", "editing", "reasoning", "minimization",
            "maximization", "criterion", "passing", "decomposition", "factorization", "programming", "propagation",
            "relaxation", "approximation", "smoothing", "averaging", "clipping", "annealing", "resampling", "bagging",
            "aggregation", "sparsification", "discretization", "reparameterization", "checkpointing", "weighting",
            "replay", "regularizer", "ensembling", "ensemble", "ensembles", "sketching", "hashing", "bootstrapping");

    /** Final nouns that mark a task or problem. */
    static final Set<String> TASK_HEADS = words("detection", "segmentation", "classification", "recognition",
            "generation", "translation", "summarization", "summarisation", "answering", "retrieval", "captioning",
            "parsing", "forecasting", "tracking", "estimation", "prediction", "localization", "localisation",
            "inpainting", "super-resolution", "synthesis", "reconstruction", "completion", "manipulation", "scheduling",
            "streaming", "correction", "extraction", "grounding", "navigation", "registration", "denoising",
            "deblurring", "dehazing", "colorization", "tagging", "labeling", "labelling", "understanding",
            "verification", "identification", "re-identification", "spinning", "grasping", "planning", "resolution",
            "linking", "typing", "simplification", "paraphrasing", "transcription", "diarization", "separation",
            "enhancement", "restoration", "compression", "interpolation", "imputation", "clustering", "ranking",
            "recommendation", "matching", "editing");

    /** Final nouns that mark a metric. */
    static final Set<String> METRIC_HEADS = words("score", "accuracy", "error", "rate", "distance", "precision",
            "recall", "divergence", "similarity", "improvement");

    /** Lower-case words that stop a task or object phrase: determiners, pronouns, vague adjectives. */
    static final Set<String> VAGUE = words("the", "a", "an", "this", "that", "these", "those", "our", "their", "its",
            "his", "her", "my", "your", "we", "they", "it", "of", "for", "in", "on", "to", "with", "by", "and", "or",
            "as", "at", "from", "into", "via", "both", "all", "each", "every", "any", "some", "many", "most", "more",
            "several", "various", "multiple", "different", "diverse", "other", "such", "related", "new", "novel",
            "complex", "challenging", "real-world", "standard", "common", "specific", "general", "numerous", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "single", "individual", "unseen", "seen",
            "target", "source", "auxiliary", "original", "existing", "relevant", "key", "core", "important", "hard",
            "difficult", "simple", "basic", "downstream", "evaluation", "benchmark", "better", "improved", "efficient",
            "accurate", "robust", "high-quality", "fast", "faster", "strong", "stronger", "good", "state-of-the-art",
            "sota", "large", "small", "large-scale", "traditional", "conventional", "prior", "previous", "current",
            "recent", "popular", "classic", "classical", "typical", "is", "are", "was", "were", "be", "been", "has",
            "have", "can", "which", "who", "where", "when", "while", "not", "no", "also", "further", "high", "low",
            "higher", "lower", "effective", "superior", "competitive", "comparable", "remarkable", "impressive",
            "significant", "substantial", "considerable", "notable", "consistent", "reliable", "scalable", "versatile",
            "flexible", "generic", "universal", "unified", "joint", "end-to-end", "proposed", "same", "similar",
            "corresponding", "underlying", "overall", "final", "initial", "whole", "entire", "full", "extensive",
            "comprehensive", "wide", "broad", "range", "variety", "number", "set", "suite", "collection", "family",
            "kind", "type", "types", "form", "forms", "level", "levels", "many", "few", "limited", "additional",
            "extra", "further", "only", "than", "then", "there", "here", "how", "what", "using", "based", "including",
            "e.g.", "i.e.", "etc", "such", "like", "about", "across", "over", "under", "between", "among", "through",
            "within", "without", "against", "toward", "towards", "upon", "after", "before", "during", "per", "versus",
            "vs", "vs.", "whose", "if", "so", "but", "either", "neither", "nor", "ones", "one", "level", "down", "up",
            "out", "off");

    private static final Pattern NUMBER_UNIT = Pattern.compile("\\d+(?:\\.\\d+)?[a-zA-Z]{1,3}s?");
    private static final Pattern WORD_NUMBER = Pattern.compile("[a-z]+-?\\d+(?:st|nd|rd|th)?");
    private static final Pattern UNIT = Pattern.compile("\\d+(?:\\.\\d+)?[a-zA-Z]{1,2}|\\d+(?:\\.\\d+)?-[a-z]+");

    /** An immutable set of the {@link Keys} of phrases. */
    static Set<String> keys(String... phrases) {
        Set<String> out = new java.util.HashSet<>();
        for (String p : phrases) {
            out.add(Keys.of(p));
        }
        return Set.copyOf(out);
    }

    /** An immutable set of words; repeated words are allowed. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** The type a final or following noun reveals; empty when the word reveals none. */
    static Optional<EntityType> headNounType(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (DATASET_HEADS.contains(w)) {
            return DATASET;
        }
        if (MODEL_HEADS.contains(w)) {
            return MODEL;
        }
        if (TASK_HEADS.contains(w)) {
            return TASK;
        }
        if (METRIC_HEADS.contains(w)) {
            return METRIC;
        }
        if (METHOD_HEADS.contains(w)) {
            return METHOD;
        }
        return Optional.empty();
    }

    /** Whether a word's shape alone marks it as a name: inner capitals, all capitals, or letters with digits. */
    static boolean shaped(String t) {
        int letters = 0;
        int uppers = 0;
        int digits = 0;
        boolean innerUpper = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c)) {
                letters++;
                if (c < 128 ? c <= 'Z' : Character.isUpperCase(c)) {
                    uppers++;
                    if (i > 0 && t.charAt(i - 1) != '-' && t.charAt(i - 1) != '/' && t.charAt(i - 1) != '.') {
                        innerUpper = true;
                    }
                }
            } else if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                digits++;
            }
        }
        if (letters == 0) {
            return false;
        }
        if (digits > 0 && !Character.isLetter(t.charAt(0))) {
            return !unitLike(t) && uppers > 0 && letters >= 2 && !NUMBER_UNIT.matcher(t).matches();
        }
        if (digits > 0) {
            return (uppers > 0 || letters <= 4) && !WORD_NUMBER.matcher(t).matches();
        }
        return innerUpper || uppers >= 2 && uppers * 2 >= letters;
    }

    /** Whether a character is white space as {@code \s} means it in a regular expression: ASCII blanks and breaks. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Numbers with a unit, such as "3D", "7B", "10K", "2x": not names on their own. */
    static boolean unitLike(String t) {
        return Character.isDigit(t.charAt(0)) && hasAsciiLetter(t) && UNIT.matcher(t).matches();
    }

    /** Whether a word has an ASCII letter, which every {@code UNIT} needs: years and plain numbers skip the regex. */
    private static boolean hasAsciiLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** Whether a word starts with a capital and is otherwise written in lower case, like "Adam" or "Segment". */
    static boolean titleCase(String t) {
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c) && t.charAt(i - 1) != '-') {
                return false;
            }
        }
        return Character.isLetter(t.charAt(1));
    }

    /** Whether a text contains one of the given strings. */
    static boolean containsAny(String text, List<String> strings) {
        for (String w : strings) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
