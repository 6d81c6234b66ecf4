//! Closed word classes the attribution rules look at. All forms are normalized (see [`crate::Normalizer`]):
//! no diacritics, alef variants as ا, ى as ي.

/// The complementizer أن/إن/ان (optionally with ب and a pronoun suffix: «بأنه», «انها»).
pub fn is_an(norm: &str) -> bool {
    let w = norm.strip_prefix('ب').unwrap_or(norm);
    matches!(w, "ان" | "انه" | "انها" | "انهم" | "انهما" | "انهن" | "اننا" | "انني" | "اني" | "انك" | "انكم" | "انا")
        && w != "انا"
}

/// Words before أن that make it a subjunctive or temporal particle, not the complementizer of a report.
pub fn blocks_an(prev: &str) -> bool {
    matches!(
        prev,
        "بعد" | "قبل" | "منذ" | "دون" | "بدون" | "يجب" | "يمكن" | "ينبغي" | "حتي" | "لابد" | "بد" | "من" | "يريد"
            | "تريد" | "يستطيع" | "تستطيع" | "يحاول" | "تحاول" | "لبثت" | "لبث" | "ريثما" | "مجرد" | "بمجرد" | "عسي" | "شريطة" | "بشرط" | "شرط"
    )
}

/// Words before أن that make it part of a connective, not the complement of a report: «إلا أن», «غير أن» (however),
/// «بما أن» (since), «مع أن», «رغم أن» (although), «كما أن» (moreover). The search for a reported clause stops there.
pub fn connective_before_an(prev: &str) -> bool {
    matches!(prev, "الا" | "غير" | "بيد" | "رغم" | "برغم" | "ورغم" | "بالرغم" | "مع" | "بما" | "كما" | "وكما" | "لولا" | "ولو" | "لو")
}

/// Modal and control verbs whose أن introduces their own complement («استطاعت أن تتلافى», «قررت أن», «حاول أن»):
/// forms with a suffix the subjunctive list [`blocks_an`] does not hold.
pub fn is_control_verb(norm: &str) -> bool {
    let w = norm.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 3).unwrap_or(norm);
    let stem = ["وا", "ت", "ا", "نا"].iter().find_map(|s| w.strip_suffix(s));
    let control = |v: &str| {
        matches!(
            v,
            "استطاع" | "يستطيع" | "تستطيع" | "نستطيع" | "تمكن" | "يتمكن" | "حاول" | "اراد" | "قرر" | "يقرر" | "تقرر"
                | "اعتاد" | "كاد" | "يكاد" | "تكاد" | "يمكنه" | "يمكنها" | "يمكنهم" | "عليه" | "عليها" | "عليهم"
        )
    };
    control(w) || stem.is_some_and(control)
}

/// Nouns of a fact or an event that, as the antecedent of a relative clause («الأمر الذي يؤكد أن», «الخطوة التي تعني
/// أن»), make its verb an inference, not a report.
pub fn is_fact_noun(norm: &str) -> bool {
    let w = norm.strip_prefix('و').filter(|r| r.starts_with("ال")).unwrap_or(norm);
    matches!(
        w,
        "الامر" | "الشيء" | "الوضع" | "الواقع" | "الحادث" | "الحادثة" | "الحدث" | "الخطوة" | "التطور" | "المشهد" | "الاجراء"
            | "النتيجة" | "النتائج" | "الارقام" | "الظاهرة" | "المعطيات" | "الحقيقة" | "القرار"
    )
}

/// The byte length of a conjunction و/ف attached to a clause's first word that is safe to leave out of its span:
/// before a definite noun («والحكومة»), a function word («ولا», «وعلى») or an imperfect verb («ويشتري», «وتبلغ»);
/// 0 otherwise (a word whose own first letter is و: «وزير», «وكالة», «وتيرة», «والي»).
pub fn attached_conjunction(norm: &str) -> usize {
    let Some(rest) = norm.strip_prefix(['و', 'ف']) else { return 0 };
    let n = rest.chars().count();
    let ok = (rest.starts_with("ال") && n >= 4)
        || matches!(rest, "لا" | "لم" | "لن" | "قد" | "في" | "علي" | "من" | "هناك" | "هذا" | "هذه" | "لكن" | "بعد" | "مع" | "كان" | "كانت")
        || (rest.starts_with(['ي', 'ت', 'ن']) && n >= 4 && !rest.ends_with('ة') && !rest.ends_with("ات"));
    if ok { 'و'.len_utf8() } else { 0 }
}

/// Time words that end a speaker phrase («قال الوزير اليوم ان ...»).
pub fn is_time_word(norm: &str) -> bool {
    let w = norm.strip_prefix('و').filter(|r| r.starts_with("ال")).unwrap_or(norm);
    matches!(
        w,
        "اليوم" | "امس" | "غدا" | "الاحد" | "الاثنين" | "الثلاثاء" | "الاربعاء" | "الخميس" | "الجمعة" | "السبت"
            | "يوم" | "صباح" | "مساء" | "ظهر" | "الليلة" | "مؤخرا" | "سابقا" | "ايضا" | "كذلك" | "حاليا" | "الان"
            | "اليومين" | "الاحد،" | "ليلة" | "فجر" | "عصر" | "امس،" | "صراحة" | "مجددا" | "مرارا" | "علنا" | "رسميا"
    )
}

/// Nouns of time that open an adjunct after «في»: «في ساعة متأخرة», «في وقت لاحق».
pub fn is_time_noun(norm: &str) -> bool {
    matches!(norm, "ساعة" | "ساعات" | "الساعة" | "وقت" | "الوقت" | "اوقات" | "لحظة" | "اللحظة" | "فترة" | "الفترة" | "اعقاب" | "ختام" | "نهاية" | "بداية" | "مستهل" | "مطلع")
}

/// Verbs of requirement or provision after «وفق ما», «حسبما» («تتطلبه», «تستدعيه», «يقتضيه», «تضمنه», «تتيحه», «ينص
/// عليه»): what follows them is a rule or a need, not a source.
pub fn is_requirement_verb(norm: &str) -> bool {
    let w = norm.trim_start_matches('و');
    ["تطلب", "ستدع", "قتض", "تضمن", "تيح"].iter().any(|s| w.contains(s)) || matches!(w, "ينص" | "تنص" | "نص" | "نصت" | "يسمح" | "تسمح")
}

/// Indefinite accusatives that head an object, written without their tanween: «أقر المجلس عددا من».
pub fn is_accusative_object(norm: &str) -> bool {
    matches!(norm, "عددا" | "بيانا" | "تقريرا" | "قرارا" | "مرسوما" | "تحذيرا" | "اتفاقا" | "مزيدا" | "كلمة" | "خطابا" | "تصريحا" | "حديثا")
}

/// Prepositions that start an adjunct after the speaker («خلال مؤتمر», «عقب لقائه»).
pub fn is_adjunct_prep(norm: &str) -> bool {
    matches!(
        norm,
        "خلال" | "طوال" | "طيلة" | "منذ" | "عقب" | "اثناء" | "لدي" | "عبر" | "امام" | "اثر" | "ضمن" | "حول" | "بعد" | "قبل" | "وفي"
            | "مع" | "عن" | "الي" | "بشان" | "تعليقا" | "ردا" | "بدوره" | "بدورها" | "بينما" | "حيث" | "فيما"
    )
}

/// Nouns after «في» that make the phrase an adjunct («في بيان», «في مؤتمر صحافي»).
pub fn is_speech_event(norm: &str) -> bool {
    let w = norm.strip_prefix("ال").unwrap_or(norm);
    [
        "بيان", "تصريح", "مؤتمر", "حديث", "كلمة", "كلمت", "لقاء", "مقابلة", "تغريدة", "تغريد", "رسالة", "اتصال", "ختام",
        "افتتاح", "سياق", "وقت", "تقرير", "حوار", "ندوة", "جلسة", "اجتماع", "معرض", "تعليق", "منشور", "تدوينة",
        "حساب", "صفحت", "اطار", "رد", "محاضرة", "خطاب", "برنامج", "تصريحات", "بيانات", "مداخلة", "ورشة", "حفل",
        "موقع", "صحيفة", "لقائ", "زيارة", "نهاية", "بداية", "مدون", "مقال", "عمود", "كتاب",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// After a leading ل (and the ال it may have fused with), the word a dative/addressee phrase starts with.
pub fn is_addressee(norm: &str) -> bool {
    let Some(rest) = norm.strip_prefix('ل') else { return false };
    if rest.is_empty() {
        return true;
    }
    let rest = rest.strip_prefix("ل").map(|r| format!("ال{r}")).unwrap_or_else(|| rest.to_string());
    let w = rest.strip_prefix("ال").unwrap_or(&rest);
    matches!(w, "نا" | "ه" | "ها" | "هم" | "ي" | "كم")
        || [
            "وكالة", "فرانس", "صحيفة", "جريدة", "موقع", "قناة", "تلفزيون", "تليفزيون", "اذاعة", "شبكة", "مجلة",
            "صحفيين", "صحافيين", "صحافة", "صحفي", "صحافي", "وسائل", "مراسل", "رويترز", "اسوشييتد", "بي", "سي",
            "هيئة الاذاعة", "اعلام", "اعلاميين", "وفد", "حضور", "حاضرين", "مواطنين", "زوار", "اقتصادية",
        ]
        .iter()
        .any(|p| w.starts_with(p))
}

/// A prepositional word that cannot open a subject: a preposition with a pronoun suffix («عليه», «إليها», «لديهم»)
/// or before a demonstrative or relative («بهذا الخصوص», «بذلك», «بما», «لمن»). After a cue it is an adjunct or the
/// addressee («رد عليه بالتأكيد أن», «وقال بهذا الخصوص إن»), not the speaker.
pub fn is_oblique_pronoun(norm: &str) -> bool {
    if crate::clitics::is_preposition_with_pronoun(norm) {
        return true;
    }
    let w = norm.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 2).unwrap_or(norm);
    // (the suffix ي only where no name or Latin letter reads the same: «بي بي سي», «منى», «علي»)
    if matches!(w, "لي" | "معي" | "عني") {
        return true;
    }
    let Some(rest) = w.strip_prefix(['ب', 'ل', 'ك']) else { return false };
    // (and the reflexive «بنفسه», «بأنفسهم»: «تابع بنفسه الموقف»)
    matches!(rest, "هذا" | "هذه" | "ذلك" | "تلك" | "هؤلاء" | "ما" | "من" | "ها" | "ه" | "هم")
        || matches!(rest, "نفسه" | "نفسها" | "نفسهم" | "نفسي" | "انفسهم" | "انفسهن" | "انفسنا")
}

/// A passive auxiliary: the phrase after it is what was done, not an agent («تم اختيار مركز قياس»).
pub fn is_passive_aux(norm: &str) -> bool {
    let w = norm.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 1).unwrap_or(norm);
    matches!(w, "تم" | "يتم" | "سيتم" | "تمت" | "جري" | "يجري" | "سيجري" | "جرت")
}

/// A verbal noun with a pronoun suffix, the object of the verb after its subject: «وأكد الأزهر رفضه الكامل»,
/// «وأختتم رئيس الميدان تصريحه», «وقدم سمو رئيس قياس شكره», «قال الشعب كلمته»; and «مقتل»/«مصرع» («أعلن الجيش مقتل
/// ثلاثة جنود»).
pub fn is_object_after_subject(norm: &str) -> bool {
    if matches!(norm, "مقتل" | "مصرع") {
        return true;
    }
    let Some(stem) = ["هما", "هم", "ها", "ه"].iter().find_map(|s| norm.strip_suffix(s)) else { return false };
    matches!(
        stem,
        "رفض" | "شكر" | "تصريح" | "كلمت" | "ترحيب" | "تقدير" | "قلق" | "ارتياح" | "استياء" | "دعم" | "تاييد" | "موقف"
            | "امل" | "حرص" | "اعتزاز" | "فخر" | "سعادت" | "تهنئت" | "تعازي" | "ثقت" | "استنكار" | "ادانت" | "تمسك"
            | "استعداد" | "التزام" | "رغبت" | "تطلع" | "اسف" | "حزن" | "امتنان" | "اعجاب" | "تضامن" | "راي"
            | "حديث" | "كلام" | "خطاب" | "تعليق" | "اعتراض" | "معارضت" | "ترشيح" | "اعتذار" | "مسؤوليت" | "مسئوليت"
            | "تبني" | "عزم" | "نيت" | "تاكيد" | "قرار" | "مخاوف" | "شكوك"
    )
}

/// What ends a source phrase before its clause: «وبحسب مركز المنشآت فإن عدد», «ووفقا للمكتب فقد ازداد».
pub fn opens_main_clause(norm: &str) -> bool {
    matches!(norm, "فان" | "فانه" | "فانها" | "فانهم" | "فقد" | "فلقد")
}

/// Words that end a speaker phrase outright.
pub fn is_phrase_stop(norm: &str) -> bool {
    matches!(
        norm,
        "طالبا" | "مفضلا" | "رافضا" | "الذي" | "التي" | "الذين" | "اللذان" | "اللتان" | "لكن" | "ولكن" | "الا" | "ان"
            | "اذ" | "اذا" | "لو" | "كما" | "وكما" | "ثم" | "حين" | "عندما" | "بعدما" | "وذلك" | "ذلك" | "هو" | "هي"
            | "هم" | "مما" | "ما" | "لا" | "لم" | "لن" | "قد" | "وقد" | "بل" | "اما" | "او"
    ) || is_subordinator(norm)
}

/// Subordinators and clause-opening conjunctions («حينما قال», «عندما أكد», «حتى اللحظة»): what follows them is a
/// clause or an adverbial, never the name of a speaker.
pub fn is_subordinator(norm: &str) -> bool {
    let w = norm.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 2).unwrap_or(norm);
    matches!(
        w,
        "حين" | "حينما" | "عندما" | "بعدما" | "قبلما" | "كلما" | "طالما" | "لما" | "مثلما" | "حيثما" | "اينما" | "ريثما"
            | "بينما" | "حتي" | "كي" | "لكي" | "كيلا" | "لكيلا" | "لان" | "لانه" | "لانها" | "لانهم" | "كانما" | "اذ"
            | "اذا" | "لو" | "لولا" | "متي"
    )
}

/// Prepositions that open an adjunct, not a subject, when a speaker phrase would start with them («من
/// تنبيهات», «في المدينة»). («على» is told from the name «علي» by its written form, see [`super::speaker`].)
pub fn is_bare_preposition(norm: &str) -> bool {
    matches!(norm, "من" | "في" | "الي" | "عن" | "مع" | "منذ" | "لدي" | "وفي" | "ومن" | "والي")
}

/// A preposition fused with a verbal noun or a place («لمواصلة رحلتهم», «بمتابعة», «بمنطقة», «لتحقيقها»): a
/// prepositional or infinitive phrase, not a speaker. (Names keep their own ل or ب: «لاري», «لافروف», «بترايوس».)
pub fn is_prepositional_noun(norm: &str) -> bool {
    let Some(rest) = norm.strip_prefix(['ل', 'ب']) else { return false };
    if rest.starts_with("ال") || rest.starts_with('ل') || rest.chars().count() < 4 || is_first_name(rest) || is_first_name(norm) {
        return false;
    }
    rest.starts_with(['م', 'ت']) && ["ة", "ات", "ه", "ها", "هم", "هما"].iter().any(|s| rest.ends_with(s))
}

/// Honorific pronouns that stand for a dignitary named before («سموه», «معاليه», «سماحته», «فخامته»).
pub fn is_honorific_pronoun(norm: &str) -> bool {
    let bare = |w: &str| {
        matches!(
            honorific_stem(w).unwrap_or(""),
            "سمو" | "معالي" | "سماحت" | "فخامت" | "دولت" | "سعادت" | "جلالت" | "فضيلت" | "عطوفت" | "نيافت" | "غبطت"
                | "قداست" | "سيادت" | "حضرت"
        )
    };
    // («فخامته» and «فضيلته» start with ف themselves)
    bare(norm) || norm.strip_prefix(['و', 'ف']).is_some_and(bare)
}

/// An honorific pronoun without its pronoun suffix («سموه» → «سمو», «فخامتها» → «فخامت»).
fn honorific_stem(w: &str) -> Option<&str> {
    ["ها", "ه"].iter().find_map(|s| w.strip_suffix(s))
}

/// Whether `title` (a word before a name) is one the honorific pronoun `pronoun` stands for: «سمو الأمير» for
/// «سموه», «معالي الوزير» for «معاليه», «فخامة الرئيس» for «فخامته».
pub fn honorific_pronoun_title(pronoun: &str, title: &str) -> bool {
    let p = pronoun.strip_prefix(['و', 'ف']).filter(|r| !is_honorific_pronoun(pronoun) || is_honorific_pronoun(r)).unwrap_or(pronoun);
    let titles: &[&str] = match honorific_stem(p).unwrap_or(p) {
        "سمو" => &["سمو", "الامير", "الاميرة", "امير", "الشيخ", "الشيخة", "ولي"],
        "معالي" => &["معالي", "الوزير", "الوزيرة", "وزير", "وزيرة"],
        "سماحت" => &["سماحة", "الشيخ", "المفتي", "الامام", "اية"],
        "فخامت" => &["فخامة", "الرئيس", "رئيس"],
        "دولت" => &["دولة", "رئيس"],
        "سعادت" => &["سعادة", "السفير", "السفيرة"],
        "جلالت" => &["جلالة", "الملك", "الملكة"],
        "فضيلت" => &["فضيلة", "الشيخ"],
        "قداست" | "غبطت" | "نيافت" => &["قداسة", "غبطة", "نيافة", "البابا", "البطريرك", "الانبا", "المطران"],
        _ => &[],
    };
    titles.contains(&title)
}

/// Honorifics and professional titles written right before a name («الدكتور مبارك», «المدرب روبرتو»).
pub fn is_honorific(norm: &str) -> bool {
    matches!(
        norm,
        "الدكتور" | "الدكتورة" | "دكتور" | "د" | "المهندس" | "المهندسة" | "م" | "الشيخ" | "الشيخة" | "الاستاذ" | "الاستاذة"
            | "السيد" | "السيدة" | "الامير" | "الاميرة" | "اللواء" | "العميد" | "العقيد" | "المقدم" | "الرائد"
            | "النقيب" | "الفريق" | "المستشار" | "القاضي" | "الملك" | "سمو" | "معالي" | "فضيلة" | "الحاج" | "الامام"
            | "البروفيسور" | "الاب" | "المطران" | "الداعية" | "الكابتن" | "المدرب" | "اللاعب" | "الرئيس" | "الوزير"
            | "الملكة" | "النائب" | "السفير" | "الجنرال" | "الاميرال" | "المشير" | "البابا" | "الكاردينال"
    )
}

/// Role nouns: the head of a description, and where a name run stops («نجيب رزاق رئيس الوزراء»).
pub fn is_role(norm: &str) -> bool {
    let w = norm.strip_prefix("ال").unwrap_or(norm);
    matches!(
        w,
        "رئيس" | "رئيسة" | "مدير" | "مديرة" | "وزير" | "وزيرة" | "استاذ" | "استاذة" | "محافظ" | "امين" | "امينة"
            | "عضو" | "عضوة" | "نائب" | "نائبة" | "مستشار" | "مستشارة" | "سفير" | "سفيرة" | "متحدث" | "متحدثة"
            | "ناطق" | "ناطقة" | "ابنة" | "زوجة" | "زوج" | "قائد" | "مسؤول" | "مسؤولة" | "مدرب" | "لاعب" | "خبير"
            | "خبيرة" | "باحث" | "باحثة" | "مؤسس" | "زعيم" | "مندوب" | "ممثل" | "سكرتير" | "مفوض" | "مساعد"
            | "وكيل" | "عميد" | "محامي" | "مراسل" | "كاتب" | "محلل" | "محللة" | "منسق" | "مشرف" | "رئيسا" | "مالك"
            | "صاحب" | "مؤسسة" | "نجم" | "مهاجم" | "حارس" | "مدافع" | "عمدة" | "حاكم" | "امير" | "ولي" | "ملك"
            | "قائدة" | "مستشاري" | "متحدثا" | "موفد" | "مبعوث" | "رئيسي" | "مديري" | "فنان" | "فنانة" | "مطرب" | "مطربة"
            | "مغني" | "مغنية" | "شاعر" | "شاعرة" | "ممثلة" | "مخرج" | "مخرجة" | "روائي" | "روائية" | "كاتبة" | "اعلامي"
            | "اعلامية"
    )
}

/// Heads of descriptions that are not names («مسؤول», «مصادر», «شهود»).
pub fn is_descriptor(norm: &str) -> bool {
    let w = norm.strip_prefix('و').filter(|r| r.chars().count() > 2).unwrap_or(norm);
    // (a word whose own first letter is و: «وزارة», «وكالة»)
    (w != norm && is_descriptor_form(norm)) || is_descriptor_form(w)
}

fn is_descriptor_form(w: &str) -> bool {
    is_role(w)
        || w.ends_with("ون")
        || w.ends_with("ين")
        || matches!(
            w,
            "مصدر" | "مصادر" | "شهود" | "شاهد" | "سكان" | "مسؤولو" | "خبراء" | "محللو" | "بعض" | "عدد" | "احد"
                | "احدي" | "طبيب" | "اطباء" | "مواطن" | "ناشط" | "تقرير" | "بيان" | "دراسة" | "محضر" | "صحيفة"
                | "وكالة" | "مجلة" | "قناة" | "موقع" | "شركة" | "وزارة" | "هيئة" | "جهات" | "جهة" | "اوساط" | "دوائر"
                | "مراقبون" | "منظمة" | "حكومة" | "مكتب" | "مركز" | "مجلس" | "لجنة" | "جمعية" | "ادارة" | "فريق"
                | "كبير" | "كبار" | "رجل" | "امراة" | "سيدة" | "شاب" | "طفل" | "اب" | "ام" | "عائلة" | "اسرة" | "نشطاء"
                | "قادة" | "ضابط" | "جندي" | "جنود" | "عناصر" | "اعضاء" | "نواب" | "وزراء" | "مسؤولا" | "كل" | "اي"
                | "هذا" | "هذه" | "ذلك" | "تلك" | "في" | "من" | "الي" | "علي" | "عن" | "مع" | "بن" | "ابن" | "بنت" | "باسم" | "بإسم" | "لدى" | "لدي"
        )
}

/// Heads of a source phrase that name a person, organization or medium («بحسب صحيفة», «وفقا لمصادر»).
pub fn is_source_head(norm: &str) -> bool {
    let w = norm.strip_prefix("ال").unwrap_or(norm);
    is_role(norm)
        || [
            "صحيفة", "صحف", "جريدة", "وكالة", "وكالات", "قناة", "موقع", "مجلة", "تلفزيون", "تليفزيون", "اذاعة", "شبكة",
            "مصدر", "مصادر", "مسؤول", "خبراء", "خبير", "محلل", "شهود", "سكان", "ناشط", "نشطاء", "بيان", "تقرير",
            "تقارير", "تصريح", "شرح", "قول", "اقوال", "رواية", "وزارة", "هيئة", "منظمة", "مكتب", "مركز", "مرصد",
            "مجلس", "لجنة", "جمعية", "ادارة", "شركة", "حكومة", "الشرطة", "شرطة", "جيش", "الجيش", "دراسة", "مسؤولين",
            "مسؤولون", "رئيس", "وزير", "مدير", "متحدث", "ناطق", "رويترز", "فرانس", "اسوشيتد", "اسوشييتد", "دبلوماسي",
            "دبلوماسيين", "مراسل", "اعلام", "وسائل", "رسالة", "تغريدة", "محضر", "الامم", "البنك", "صندوق", "الصندوق",
            "اتحاد", "الاتحاد", "بنك", "مؤسسة", "معهد", "جامعة", "حزب", "حركة", "تنظيم", "جماعة", "مصرف", "سفارة",
            "قيادة", "القيادة", "البيت", "الكرملين", "البنتاغون",
        ]
        .iter()
        .any(|p| w.starts_with(p) || norm.starts_with(p))
}

/// Heads of a source phrase that are data, not a speaker (addendum 5: «بحسب الاحصاءات», «وفقا للصور»), and sayings
/// («كما يقول المثل»).
pub fn is_data_head(norm: &str) -> bool {
    let w = norm.strip_prefix("ال").unwrap_or(norm);
    [
        "معلومات", "بيانات", "ارقام", "احصاء", "احصائ", "استطلاع", "صور", "نتائج", "تقديرات", "مؤشر", "جدول", "نظام",
        "انظمة", "لوائح", "قانون", "قواعد", "تعليمات", "خطة", "برنامج", "حاجة", "اولوي", "معايير", "مواصفات", "شروط",
        "وقائع", "حقائق", "شواهد", "دلائل", "مثل", "امثال", "مقولة",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// Nouns that name what follows them in quotation marks: the quoted text is a name or title, not speech
/// («صحيفة "واشنطن بوست"», «قوة "حرس رئاسي"», «حملة "..."»).
pub fn is_naming_noun(norm: &str) -> bool {
    let w = norm.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']).filter(|r| r.chars().count() > 2).unwrap_or(norm);
    if w.starts_with("ال") || w.starts_with('ل') && w.len() > 2 && norm.starts_with("لل") {
        // a definite noun is not the head of a quoted name («النادي "..."» is not «نادي "الهلال"»)
        return false;
    }
    let w = w.strip_prefix('ل').filter(|r| r.chars().count() > 2).unwrap_or(w);
    matches!(w, "ل" | "اسم" | "بعنوان" | "عنوان" | "شعار" | "وسم" | "هاشتاغ" | "هاشتاق" | "مسمي" | "لقب")
        || [
            "صحيفة", "صحف", "جريدة", "وكالة", "قناة", "موقع", "مجلة", "قوة", "قوات", "عملية", "تنظيم", "حركة", "برنامج",
            "مشروع", "حملة", "كتاب", "فيلم", "جائزة", "مبادرة", "مؤسسة", "مركز", "حزب", "جماعة", "مطار", "فندق",
            "مسلسل", "رواية", "شركة", "طائرة", "طراز", "سفينة", "مهرجان", "مسابقة", "منتدى", "مؤتمر", "تطبيق",
            "شبكة", "صفحة", "حساب", "ماركة", "علامة", "منظمة", "جمعية", "تحالف", "ائتلاف", "معرض", "ندوة", "دورة",
            "مصطلح", "كلمة", "عبارة", "تسمية", "لفظ", "ظاهرة", "نظام", "قانون", "منصة", "خدمة", "رحلة", "صاروخ",
            "مسجد", "جامع", "مدرسة", "جامعة", "نادي", "فريق", "منتخب", "بطولة", "لعبة", "اغنية", "قصيدة", "مجموعة",
            "لواء", "كتيبة", "فرقة", "ميليشيا", "جبهة", "وحدة", "غرفة", "هيئة", "تلفزيون", "اذاعة", "محطة",
        ]
        .iter()
        .any(|p| w.starts_with(p))
}

/// A subject that is only a pronoun («لكنه أكد», «انها قالت», «وهو يقول», «جميعهم أكدوا»): the speaker is the
/// last one named, not the pronoun.
pub fn is_pronoun_subject(norm: &str) -> bool {
    let w = norm.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() > 1).unwrap_or(norm);
    let w = w.strip_prefix("لكن").or_else(|| w.strip_prefix("ان")).or_else(|| w.strip_prefix("جميع")).or_else(|| w.strip_prefix("كل")).unwrap_or(w);
    matches!(w, "ه" | "ها" | "هم" | "هما" | "هن" | "هو" | "هي")
}

/// Nouns that make the name after them (with or without a title) part of an institution's name: «كرسي الأمير
/// محمد بن ناصر», «جامعة الملك سعود», «مستشفى الملك فهد».
pub fn is_institution_noun(norm: &str) -> bool {
    let w = norm.strip_prefix(['و', 'ب', 'ل']).filter(|r| r.chars().count() > 2).unwrap_or(norm);
    let w = w.strip_prefix("ال").unwrap_or(w);
    matches!(
        w,
        "كرسي" | "جامعة" | "مستشفي" | "مستشفيات" | "مركز" | "جائزة" | "مدينة" | "مؤسسة" | "كلية" | "مسجد" | "جامع"
            | "شارع" | "طريق" | "مطار" | "ميناء" | "قاعدة" | "مجمع" | "معهد" | "برنامج" | "مشروع" | "حي" | "قاعة"
            | "ملعب" | "استاد" | "مدرسة" | "مدارس" | "وقف" | "صندوق" | "مكتبة" | "دارة" | "متحف" | "اكاديمية" | "مسابقة"
            | "كأس" | "كاس" | "بطولة" | "مهرجان" | "منحة" | "وسام" | "قصر" | "واحة" | "حديقة" | "منتزه" | "جسر" | "نفق"
    )
}

/// Verbal nouns that stand as the object right after a reporting verb («نفى صحة», «أكد حرص», «أفاد بنشوب»).
pub fn is_object_head(norm: &str) -> bool {
    matches!(
        norm,
        "صحة" | "وجود" | "عدم" | "حرص" | "تمسك" | "استعداد" | "رفض" | "اهتمام" | "التزام" | "دعم" | "ضرورة" | "اهمية" | "بنشوب"
            | "بوقوع" | "بوجود" | "بعدم" | "بضرورة" | "تطلع" | "رغبة" | "ثقة" | "تضامن" | "ترحيب"
    ) || norm.starts_with("ترشح")
}

/// Connectives that may open a sentence before the reported clause («كما», «وهكذا», «وقد»).
pub fn is_connective(norm: &str) -> bool {
    matches!(
        norm,
        "كما" | "وكما" | "وهكذا" | "هكذا" | "وقد" | "قد" | "لكن" | "ولكن" | "كذلك" | "وكذلك" | "ثم" | "و" | "ف" | "فقد"
            | "بينما" | "فيما" | "اذ" | "حيث" | "وحيث" | "اما" | "واما" | "وبذلك" | "بذلك" | "لذلك" | "ولذلك"
            | "وبالتالي" | "بالتالي" | "لقد" | "ولقد" | "ايضا" | "وايضا"
    )
}

/// Common Arabic first names (a short hand-written list) that mark where a name starts inside a description.
pub fn is_first_name(norm: &str) -> bool {
    norm.starts_with("عبد") && norm.chars().count() > 4
        || matches!(
            norm,
            "محمد" | "احمد" | "علي" | "خالد" | "سعود" | "فهد" | "ناصر" | "سلطان" | "سعد" | "سعيد" | "عمر" | "عثمان" | "ابراهيم"
                | "يوسف" | "صالح" | "سليمان" | "حمد" | "حمود" | "فيصل" | "تركي" | "بندر" | "نايف" | "مشعل" | "متعب" | "ماجد"
                | "منصور" | "مبارك" | "حسن" | "حسين" | "مصطفي" | "محمود" | "طارق" | "وليد" | "هشام" | "هاني" | "سامي" | "عادل"
                | "جمال" | "كمال" | "مازن" | "نبيل" | "رشيد" | "زياد" | "ياسر" | "انس" | "بدر" | "راشد" | "مساعد" | "عايض"
                | "غازي" | "فواز" | "ثامر" | "نواف" | "مشاري" | "سلمان" | "عمرو" | "اسامة" | "حامد" | "جاسم" | "عيسي" | "موسي"
                | "يحيي" | "زكريا" | "اسماعيل" | "حمزة" | "مالك" | "سالم" | "سلطانة" | "فاطمة" | "عائشة" | "مريم" | "نورة"
                | "سارة" | "هند" | "ليلي" | "منيرة" | "لطيفة" | "امل" | "هدي" | "ريم" | "دينا" | "رانيا" | "نجلاء" | "منال"
                | "جون" | "جورج" | "ديفيد" | "مايكل" | "جيمس" | "بيتر" | "مارك" | "باراك" | "دونالد" | "فلاديمير" | "فرانسوا"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_an("ان") && is_an("بانه") && is_an("انها") && !is_an("انا") && !is_an("لان"));
        assert!(is_addressee("لفرانس") && is_addressee("ل") && is_addressee("للصحفيين") && is_addressee("لوكالة"));
        assert!(!is_addressee("لسلامة"));
        assert!(is_naming_noun("صحيفة") && is_naming_noun("لوكالة") && is_naming_noun("ل") && !is_naming_noun("قال"));
        assert!(is_source_head("صحيفة") && is_source_head("مصادر") && !is_source_head("الحاجة"));
        assert!(is_data_head("الاحصاءات") && is_data_head("للانظمة".trim_start_matches('ل')));
        assert!(is_honorific("الدكتور") && is_role("رئيس") && is_descriptor("مسؤولون"));
        assert!(is_honorific_pronoun("سموه") && is_honorific_pronoun("ومعاليه") && is_honorific_pronoun("سماحته"));
        assert!(honorific_pronoun_title("وسموه", "الامير") && honorific_pronoun_title("فخامته", "الرئيس"));
        assert!(!honorific_pronoun_title("سموه", "الدكتور") && !honorific_pronoun_title("معاليه", "الامير"));
        assert!(is_control_verb("استطاعت") && is_control_verb("وقررت") && is_control_verb("حاولوا") && !is_control_verb("قالت"));
        assert!(connective_before_an("الا") && connective_before_an("بما") && !connective_before_an("وقال"));
        assert!(is_fact_noun("الامر") && !is_fact_noun("الوزير"));
        assert!(attached_conjunction("ويشتري") == 2 && attached_conjunction("والحكومة") == 2 && attached_conjunction("ولا") == 2);
        assert!(attached_conjunction("وزير") == 0 && attached_conjunction("والي") == 0 && attached_conjunction("وتيرة") == 0);
        assert!(is_honorific_pronoun("فخامتها") && !is_honorific_pronoun("سمو") && !is_honorific_pronoun("دولة"));
    }
}
