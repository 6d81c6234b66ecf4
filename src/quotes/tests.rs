use super::*;
use crate::Pipeline;

fn run(text: &str) -> Vec<Quote> {
    let doc = Pipeline::default().analyze(text);
    QuoteExtractor::default().extract(&doc, &[])
}

fn spk(q: &Quote) -> Option<&str> {
    q.speaker.as_ref().map(|s| s.text.as_str())
}

#[test]
fn empty() {
    assert!(run("").is_empty());
}

fn find<'q>(qs: &'q [Quote], start: &str) -> &'q Quote {
    qs.iter().find(|q| q.text.starts_with(start)).unwrap_or_else(|| panic!("no quote starting {start:?} in {qs:#?}"))
}

#[test]
fn seed_article() {
    let text = include_str!("../../examples/afp_libya_arms_embargo.txt");
    let qs = run(text);
    assert_eq!(qs.len(), 9, "{qs:#?}");
    for q in &qs {
        assert_eq!(&text[q.span.byte_start..q.span.byte_end], q.text);
    }
    let q = find(&qs, "اذا أعدت الحكومة الليبية");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(spk(q), Some("مسؤول كبير في الادارة الاميركية"));
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("وقال"));
    let q = find(&qs, "ليست هناك سلسلة قيادة");
    assert_eq!(spk(q), Some("فريدريك فيري"));
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("ويقول"));
    let q = find(&qs, "الخطر الحقيقي");
    assert_eq!(spk(q), Some("فريدريك فيري"), "carry-over for «ويضيف»");
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("ويضيف"));
    let q = find(&qs, "ارسلت الولايات المتحدة");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(spk(q), Some("واشنطن بوست"));
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("بحسب"));
    let q = find(&qs, "الولايات المتحدة مستعدة");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(spk(q), Some("مسؤولون ودبلوماسيون اميركيون"));
    let q = find(&qs, "اقرت عقوبات");
    assert_eq!(spk(q), Some("الولايات المتحدة"));
    // «قوة "حرس رئاسي"» is a name, not a quote
    assert!(qs.iter().all(|q| !q.text.contains("حرس رئاسي")));
}

#[test]
fn every_mark_style() {
    for (o, c) in [("\"", "\""), ("«", "»"), ("“", "”"), ("„", "“"), ("»", "«"), ("”", "“")] {
        let t = format!("وقال الوزير {o}نحن مستعدون للتعاون مع الجميع{c}.");
        let qs = run(&t);
        assert_eq!(qs.len(), 1, "{o}{c}: {qs:#?}");
        assert_eq!(qs[0].text, "نحن مستعدون للتعاون مع الجميع");
        assert_eq!(spk(&qs[0]), Some("الوزير"));
    }
}

#[test]
fn names_titles_and_terms_are_not_quotes() {
    let qs = run("ونقلت صحيفة \"واشنطن بوست\" الخبر. وشكلت الحكومة قوة \"حرس رئاسي\" جديدة. ووصف الامر بانه \"كارثة\".");
    assert!(qs.iter().all(|q| q.kind == QuoteKind::Indirect || !q.text.contains("واشنطن")), "{qs:#?}");
    assert!(qs.iter().all(|q| q.kind != QuoteKind::Direct), "{qs:#?}");
    let qs = run("وأطلقت الوزارة حملة «معا من أجل بيئة نظيفة» في الرياض.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn nested_and_merged_closing_mark() {
    let t = "وكتب رزاق في بيان أن «التقارير توحي بأن الحطام من طائرة «بوينغ 777»؛ لكن علينا التحقق من الرحلة «ام اتش 370».\n\nثم";
    let qs = run(t);
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert!(qs[0].text.starts_with("التقارير") && qs[0].text.ends_with("ام اتش 370"));
    assert_eq!(qs[0].kind, QuoteKind::Direct);
    assert_eq!(spk(&qs[0]), Some("رزاق"));
}

#[test]
fn afp_reopened_mark_continues_the_quote() {
    let t = "وقال المتحدث \"لن نسمح بتكرار ما حدث في المدينة.\n\n\"وسنعمل مع شركائنا على حماية المدنيين\".";
    let qs = run(t);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(spk(&qs[1]), Some("المتحدث"));
    assert!(qs[1].text.starts_with("وسنعمل"));
}

#[test]
fn interrupted_quote_is_two_quotes() {
    let t = "\"لن نتراجع عن مواقفنا السابقة\"، قال الوزير، \"ولن نقبل بأي تسوية على حساب الشعب\".";
    let qs = run(t);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert!(qs.iter().all(|q| spk(q) == Some("الوزير")), "{qs:#?}");
}

#[test]
fn speaker_after_quote_and_source_phrase() {
    let t = "«الوضع الامني في المدينة تحسن كثيرا خلال الايام الماضية»، بحسب مصادر محلية.";
    let qs = run(t);
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].kind, QuoteKind::Direct);
    assert_eq!(spk(&qs[0]), Some("مصادر محلية"));
}

#[test]
fn indirect_with_cues_and_proclitics() {
    let t = "وأكدت وزيرة الصحة الدكتورة سارة أحمد لوكالة الانباء أن المستشفيات جاهزة لاستقبال الحالات، مشيرة إلى أنها وفرت ألف سرير اضافي.";
    let qs = run(t);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(qs[0].text, "المستشفيات جاهزة لاستقبال الحالات");
    assert_eq!(qs[0].cue.as_ref().map(|c| c.text.as_str()), Some("وأكدت"));
    assert_eq!(qs[1].text, "وفرت ألف سرير اضافي");
    assert_eq!(qs[1].cue.as_ref().map(|c| c.text.as_str()), Some("مشيرة"));
    assert_eq!(spk(&qs[0]), spk(&qs[1]));
    assert!(spk(&qs[0]).is_some_and(|s| s.contains("سارة أحمد")), "{qs:#?}");
}

#[test]
fn name_before_role_and_after_title() {
    let qs = run("وأوضح أحمد الفارس مدير عام المؤسسة أن الكميات كافية.");
    assert_eq!(spk(&qs[0]), Some("أحمد الفارس"));
    let qs = run("وأكد مدير الشؤون الصحية بمحافظة جدة الدكتور مبارك بن حسن ظافر، أن الجولات مستمرة.");
    assert_eq!(spk(&qs[0]), Some("مبارك بن حسن ظافر"));
    let qs = run("وقال مسؤول كبير في الادارة الاميركية لفرانس برس ان الخطة جاهزة.");
    assert_eq!(spk(&qs[0]), Some("مسؤول كبير في الادارة الاميركية"));
}

#[test]
fn explained_that_opening_a_sentence_carries_the_speaker() {
    let qs = run("وقال مدير الملتقى محمد العتيبي إن الملتقى يبدأ غدا. وبيّن أن الملتقى يضم معارض دعوية.");
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(qs[1].text, "الملتقى يضم معارض دعوية");
    assert_eq!(spk(&qs[1]), Some("محمد العتيبي"));
    // «بين» is «between» otherwise
    assert!(run("وقارن بين أن تعمل وأن تنتظر.").is_empty());
}

#[test]
fn a_source_after_wa_dhalik_ends_the_clause_before_it() {
    let qs = run("بلغت القيمة نحو 20 مليون جنيه (116 مليون ريال) ، وذلك طبقا لموقع \"ترانفسير ماركت\" الشهير.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].text, "بلغت القيمة نحو 20 مليون جنيه (116 مليون ريال)");
}

#[test]
fn a_second_report_after_a_connective_ends_the_clause() {
    let qs = run("وكشفت مصادر الوطن أن الإدارة رفضت العرض لضعف العائد، إذ أشارت المصادر إلى أن العرض تضمن التنازل عن القيمة.");
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(qs[0].text, "الإدارة رفضت العرض لضعف العائد");
    assert_eq!(qs[1].text, "العرض تضمن التنازل عن القيمة");
}

#[test]
fn carry_over_and_participles() {
    let t = "وقال مارتينيز لموقع النادي \"كان كل شيء مثاليا في برنامج الاعداد\". وأضاف \"ثم اصطدمت الكرة بالمنطقة نفسها\".\n\nوأفاد بأن اللاعب سيغيب شهرا. ومضى قائلا \"أراد البقاء في الملعب حتى النهاية\".";
    let qs = run(t);
    assert_eq!(qs.len(), 4, "{qs:#?}");
    assert!(qs.iter().all(|q| spk(q) == Some("مارتينيز")), "{qs:#?}");
    assert!(qs[1].confidence < qs[0].confidence);
}

#[test]
fn speaker_before_the_verb() {
    let qs = run("لكن مسؤولين ماليزيين أفادوا في وقت سابق بأنه عثر على قطعة من الحطام.");
    assert_eq!(qs.len(), 1);
    assert_eq!(spk(&qs[0]), Some("مسؤولين ماليزيين"));
    assert_eq!(qs[0].text, "عثر على قطعة من الحطام");
}

#[test]
fn speech_noun_quoted_as_saying() {
    let qs = run("ونقلت هيئة الاذاعة البريطانية عن مارتينيز قوله \"لا نعرف المدة التي سيغيب فيها\".");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(spk(&qs[0]), Some("مارتينيز"));
    assert_eq!(qs[0].cue.as_ref().map(|c| c.text.as_str()), Some("قوله"));
}

#[test]
fn source_phrases() {
    let qs = run("وارتفعت الصادرات بنسبة كبيرة خلال العام، وفقا لرئيس الرابطة السويسرية للتجارة.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(spk(&qs[0]), Some("رئيس الرابطة السويسرية للتجارة"));
    let qs = run("لكن بحسب تقرير لـ«رويترز»، تعتقد شركة بريطانية أنها توصلت إلى طريقة جديدة.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(spk(&qs[0]), Some("رويترز"));
    assert!(qs[0].text.starts_with("تعتقد"));
    // data and rules are not sources (addendum 5)
    assert!(run("وتتم معالجة الطلبات وفقا للانظمة والتعليمات المعمول بها.").is_empty());
    assert!(run("وارتفع عدد الزوار الى مليون زائر، بحسب الاحصاءات الرسمية.").is_empty());
}

#[test]
fn whole_clause_quote_is_direct_only() {
    let qs = run("قال عريقات إن \"الجهود الفرنسية مستمرة وندعمها بشكل كامل\".");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].kind, QuoteKind::Direct);
    let qs = run("واعتبرت الشركة أنه «من المبكر جدا التكهن» حول مصدر الحطام.");
    assert_eq!(qs.len(), 2, "{qs:#?}");
}

#[test]
fn passive_notes_and_reports_inside_quotes_are_not_quotes() {
    assert!(run("يذكر أن المهرجان يقام سنويا في المدينة.").is_empty());
    let qs = run("وقال المسؤول \"هناك رغبة صحية في ان يتخلصوا بأنفسهم من التنظيم\".");
    assert_eq!(qs.len(), 1, "{qs:#?}");
}

#[test]
fn entities_sharpen_speakers() {
    let text = "وقال رئيس الحزب ليو تيونغ لاي ان الحكومة مستعدة.";
    let doc = Pipeline::default().analyze(text);
    let a = text.find("ليو").unwrap();
    let b = a + "ليو تيونغ لاي".len();
    let idx = crate::span::TextIndex::new(text);
    let ents = [EntityHint { span: idx.span(a, b), label: Label::PER }];
    let qs = QuoteExtractor::default().extract(&doc, &ents);
    assert_eq!(spk(&qs[0]), Some("ليو تيونغ لاي"));
    assert_eq!(qs[0].speaker_entity.as_ref().map(|e| e.label), Some(Label::PER));
}

#[test]
fn user_cues() {
    let mut cues = CueLexicon::default();
    cues.insert("ألمح", CueKind::Verb);
    let doc = Pipeline::default().analyze("وألمح الوزير إلى أن القرار قريب.");
    let qs = QuoteExtractor::with_cues(cues).extract(&doc, &[]);
    assert_eq!(qs.len(), 1);
    assert_eq!(spk(&qs[0]), Some("الوزير"));
}

#[test]
fn names_inside_long_descriptions_and_objects() {
    let qs = run("أكد مدير عام التعليم بمنطقة نجران ناصر بن سليمان المنيع أن المدارس جاهزة.");
    assert_eq!(spk(&qs[0]), Some("ناصر بن سليمان المنيع"));
    let qs = run("وأوضح المشرف العام على البرنامج نايف الهاجري، أن البرنامج حقق نجاحا.");
    assert_eq!(spk(&qs[0]), Some("نايف الهاجري"));
    let qs = run("ولفت الهاجري النظر إلى أن المتدربين كثر.");
    assert_eq!(spk(&qs[0]), Some("الهاجري"));
    let qs = run("وقال علي الاحمد إن الموسم ناجح.");
    assert_eq!(spk(&qs[0]), Some("علي الاحمد"));
}

#[test]
fn a_cue_reporting_a_thing_does_not_attribute_a_quoted_term() {
    let qs = run("أعلنت المفوضية الأوروبية في بروكسل اليوم عن توصل الدائنين إلى اتفاق إنقاذ مالي \"من حيث المبدأ\".");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn passive_weak_cues_are_not_reports() {
    assert!(run("وتتواصل عمليات البحث عن 200 مفقود يرجح أنهم لقوا حتفهم.").is_empty());
}

#[test]
fn indirect_through_speech_noun() {
    let qs = run("ونقلت الوكالة عن المتحدث باسم الوزارة قوله إن المفاوضات ستستأنف الاسبوع المقبل.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].kind, QuoteKind::Indirect);
    assert_eq!(spk(&qs[0]), Some("المتحدث باسم الوزارة"));
    assert_eq!(qs[0].cue.as_ref().map(|c| c.text.as_str()), Some("قوله"));
}

#[test]
fn between_mid_clause_is_not_a_cue() {
    // «بين» is «between» unless it opens its clause
    assert!(run("لا يوجد أي نوع من التلاحم بين أفراد المجتمع، كما أنهم في الماضي كانوا يفرحون بالعيد.").is_empty());
    assert!(run("ارتفعت الأسعار بنسبة تتراوح بين 10 و15 في المائة، في حين أن موقع المنزل مهم.").is_empty());
    let qs = run("وبين الحمراني انه من الطبيعي ان ترتفع الاسعار.");
    assert_eq!(spk(&qs[0]), Some("الحمراني"));
    let qs = run("أكاديمية الشعر العربي\nوبين التقرير أن اللجنة اجتمعت أمس.");
    assert_eq!(spk(&qs[0]), Some("التقرير"));
    let qs = run("من جهته، بين البائع ياسر اليافعي، أن الطلب ارتفع كثيرا هذا العام.");
    assert_eq!(spk(&qs[0]), Some("ياسر اليافعي"));
    // «تابع لـ» is «belonging to»: the quoted name after it is no quote
    assert!(run("استهدفت الغارة موقعا للتدريب تابع لكتائب “عز الدين القسام” في غزة.").is_empty());
}

#[test]
fn pronoun_subjects_resolve_to_the_last_named_speaker() {
    let qs = run("وقال المدرب خالد العمري إن الفريق جاهز. لكنه أكد أن المباراة صعبة.");
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(spk(&qs[1]), Some("خالد العمري"));
    let qs = run("وقال الوزير علي حسن إن القرار نهائي. ونقلت عنه قوله إن المفاوضات انتهت.");
    assert_eq!(spk(&qs[1]), Some("علي حسن"));
}

#[test]
fn a_name_inside_an_institution_name_is_not_the_speaker() {
    let qs = run("وأوضح المشرف على كرسي الأمير محمد بن ناصر لدراسات قضايا المجتمع الدكتور علي بن يحيى العريشي أن المرحلة الأولى انتهت.");
    assert_eq!(spk(&qs[0]), Some("علي بن يحيى العريشي"));
    let qs = run("وأوضح مدير المركز الإعلامي بالجامعة والمشرف على الجناح موسى بن يحيى محرق أن الجناح يضم أقساما.");
    assert_eq!(spk(&qs[0]), Some("موسى بن يحيى محرق"));
}

#[test]
fn inferences_from_a_fact_are_not_reports() {
    assert!(run("ارتفعت المبيعات خلال السنوات الأخيرة، مما يشير إلى أن تعافي القطاع مستمر.").is_empty());
    assert!(run("ويهرب الشباب من القطاع الخاص، وهذا يشير إلى أن بعضهم يبحث عن الطمأنينة.").is_empty());
    assert!(run("وتشارك في الحرب، وهو ما تؤكد عليه أن طهران تمثل رقما صعبا.").is_empty());
    let qs = run("وقال الوزير إن الوضع مستقر، مؤكدا أن الحكومة تعمل.");
    assert_eq!(qs.len(), 2, "{qs:#?}");
}

#[test]
fn more_cues_relays_and_colons() {
    let qs = run("وأبان الجعيد أن وسائل التواصل الاجتماعي متاحة للتواصل مع المتسابقين.");
    assert_eq!(spk(&qs[0]), Some("الجعيد"));
    let qs = run("وذكرت صحيفة “الشرق الأوسط” السعودية نقلا عن مسؤول أمني سعودي أن الوفد توجه جوا من الرياض إلى عدن.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].text, "الوفد توجه جوا من الرياض إلى عدن");
    assert_eq!(qs[0].cue.as_ref().map(|c| c.text.as_str()), Some("وذكرت"));
    let qs = run("وكتب فاروفاكيس في مدونته: «فور الإعلان عن نتائج الاستفتاء أبلغت بأن بعض المشاركين يفضلون غيابي».");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(spk(&qs[0]), Some("فاروفاكيس"));
    assert_eq!(qs[0].cue.as_ref().map(|c| c.text.as_str()), Some("وكتب"));
}

#[test]
fn a_name_before_a_colon_is_the_speaker() {
    let text = "رحم الله سعود الدوسري.\n«نانسي عجرم: «رحم الله سعود الدوسري».\nعاصي الحلاني: \"إنا لله وإنا إليه راجعون\".";
    let qs = run_with_persons(text, &["نانسي عجرم", "عاصي الحلاني"]);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(qs[0].text, "رحم الله سعود الدوسري");
    assert_eq!(spk(&qs[0]), Some("نانسي عجرم"));
    assert_eq!(spk(&qs[1]), Some("عاصي الحلاني"));
    // not a cue verb the lexicon lacks, before a name or not
    let qs = run_with_persons("وقال المالكي إن البرنامج ناجح. وزاد: «إن المسؤولية الأكبر تقع على المستهلك».", &["المالكي"]);
    assert_eq!(spk(&qs[1]), Some("المالكي"));
}

#[test]
fn a_full_stop_glued_to_the_next_word_ends_the_clause() {
    let qs = run("وأوضح المدير أن التكلفة بلغت خمسين ريالاً.من جانبه اعتمد مدير التعليم تكليف 124 معلمة للعمل.");
    assert_eq!(qs[0].text, "التكلفة بلغت خمسين ريالاً");
}

#[test]
fn a_proverb_is_no_speaker() {
    let qs = run("خصوصا وأن الطريق إلى جهنم معبد بالنيات الحسنة، كما يقول المثل!");
    assert!(qs.iter().all(|q| spk(q) != Some("المثل")), "{qs:#?}");
}

#[test]
fn organization_names_and_bracketed_media() {
    let qs = run("وقال المرصد السوري لحقوق الإنسان إن سبب الانفجار سيارة ملغومة.");
    assert_eq!(spk(&qs[0]), Some("المرصد السوري لحقوق الإنسان"));
    let qs = run("في المقابل، أفاد موقع (فوتبول إيطاليا) أن وكيل أعمال فيدال يتواجد في مدينة ميونيخ.");
    assert_eq!(spk(&qs[0]), Some("فوتبول إيطاليا"));
}

#[test]
fn subjects_behind_datives_quoted_names_and_relatives() {
    let qs = run("وقال لـ«الشرق الأوسط»، الدكتور فهمي صبحة محلل أسواق المال إن المؤشرات إيجابية.");
    assert_eq!(spk(&qs[0]), Some("فهمي صبحة"));
    let qs = run("وأشارت «ساما» في تقريرها للاستقرار المالي إلى أن المشاركة ارتفعت.");
    assert_eq!(spk(&qs[0]), Some("ساما"));
    let qs = run("وفي موازاة الحصار أعلن «اتحاد تنسيقيات الثورة»، أن سيارة مفخخة انفجرت في المدينة.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(spk(&qs[0]), Some("اتحاد تنسيقيات الثورة"));
    let qs = run("وتحدث المصمم زهير مراد، الذي قال إنه استلهم تشكيلته من الطبيعة.");
    assert_eq!(spk(&qs[0]), Some("زهير مراد"));
}

#[test]
fn subjects_before_the_verb_with_roles_appositions_and_quoted_names() {
    let qs = run("وزير الخارجية الفلسطيني رياض المالكي يقول إن فرنسا تراجع موقفها.");
    assert!(spk(&qs[0]).is_some_and(|s| s.ends_with("رياض المالكي")), "{qs:#?}");
    let qs = run("إلا أن المتحدث الرسمي باسم الجيش المصري، العميد محمد سمير، أكد أن ثقة الشعب في الجيش كبيرة جدا.");
    assert_eq!(spk(&qs[0]), Some("محمد سمير"));
    let qs = run("ولكن ساي اويدا، مدير بيانات أسعار الحكومة، يقول إن التضخم بطيء.");
    assert_eq!(spk(&qs[0]), Some("ساي اويدا"));
    let qs = run("ونوه إلى أن ملف الانقسام الداخلي، هو على رأس سلم أولويات الحكومة، وشدد على أن الانتخابات مرهونة بالفصائل.");
    assert!(qs.iter().all(|q| spk(q).is_none_or(|s| !s.contains("على"))), "{qs:#?}");
    let qs = run("صحيفة “واشنطن بوست” ذكرت أن ستالون أوفر الفيلم.");
    assert_eq!(spk(&qs[0]), Some("واشنطن بوست"));
}

#[test]
fn a_verbal_noun_after_the_verb_is_its_object() {
    let qs = run("وقال السفير خالد العمري إن الهند لا تمنع العمالة. ونفى صحة الشائعات. وأكد أن الحكومة تحمي حقوق مواطنيها.");
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(spk(&qs[1]), Some("خالد العمري"));
}

#[test]
fn oblique_word_after_cue_is_no_speaker() {
    // «بهذا الخصوص» after the cue is an adjunct: the speaker is carried from the earlier report
    let qs = run("وقال الرئيس سلفا كير إن الحكومة لن توقع. وقال بهذا الخصوص إن «هذه محاولة لسرقة نفطنا من قبل جهات أخرى».");
    let q = find(&qs, "هذه محاولة");
    assert_eq!(spk(q), Some("سلفا كير"));
    // «رد عليه»: the one answered is no speaker; after «قد» the subject stands before the cue
    let qs = run("والذي كان المدرب مورينيو قد رد عليه بالتأكيد أن هازارد حظي بموسم أفضل من زميله.");
    let q = find(&qs, "هازارد حظي");
    assert_eq!(spk(q), Some("مورينيو"));
    assert!(words::is_oblique_pronoun("عليه") && words::is_oblique_pronoun("بهذا") && words::is_oblique_pronoun("وبما"));
    assert!(!words::is_oblique_pronoun("بيان") && !words::is_oblique_pronoun("عبدالله") && !words::is_oblique_pronoun("ليلي"));
    assert!(!words::is_oblique_pronoun("بي") && !words::is_oblique_pronoun("مني") && words::is_oblique_pronoun("لي"));
}

#[test]
fn speech_verbs_inside_a_quotation_name_no_source() {
    // «تقول» inside the first quotation is the singer's own words: «وأضافت» carries her, not «عندما»
    let qs = run("وقالت المغنية ميل بي في برنامج تلفزيوني: «عندما تقول إنها الذكرى العشرين لنا هذا يجعلك تفكر كثيرا». وأضافت: «نأمل أن نجمع الفرقة في العام القادم».");
    let q = find(&qs, "نأمل أن");
    assert_eq!(spk(q), Some("ميل بي"));
    // a subordinator before the cue is not its subject
    let qs = run("وكان رئيس الاستخبارات الأسبق قد حذر، عندما قال في 2006: \"سنصنع لهم عالما يناسبنا ثم نجعلهم يقومون بالثورات\".");
    let q = find(&qs, "سنصنع لهم");
    assert_ne!(spk(q), Some("عندما"));
}

#[test]
fn passive_clause_gives_no_participle_speaker() {
    let qs = run("وتم اختيار مركز قياس لأن لديه العديد من المقرات، مؤكداً أنه لن يتم التصريح لأي شخص بمزاولة المهنة.");
    let q = find(&qs, "لن يتم");
    assert!(spk(q).is_none_or(|s| !s.contains("اختيار")), "{q:?}");
}

#[test]
fn a_family_name_entity_takes_the_given_name_before_it() {
    let with_per = |text: &str, name: &str| {
        let doc = Pipeline::default().analyze(text);
        let a = text.find(name).unwrap();
        let idx = crate::span::TextIndex::new(text);
        let ents = [EntityHint { span: idx.span(a, a + name.len()), label: Label::PER }];
        QuoteExtractor::default().extract(&doc, &ents)
    };
    let qs = with_per("كتبت كوري شولمان, المساعدة الخاصة للرئيس: \"الانتقال السلمي للسلطة سبق له أن حدث مرارا\".", "شولمان");
    assert_eq!(spk(&qs[0]), Some("كوري شولمان"));
    // a title or role before the name stays out, and so does a noun in ة
    let qs = with_per("وقال وزير الخارجية كيري إن الاتفاق جيد.", "كيري");
    assert_eq!(spk(&qs[0]), Some("كيري"));
    let qs = with_per("وكشفت شبكة حقاني أن زعيمها حي يرزق.", "حقاني");
    assert_eq!(spk(&qs[0]), Some("حقاني"));
    let qs = with_per("وقال الأمين العام للحلف ينس ستولتنبرغ إن تركيا لديها جيش قوي.", "ستولتنبرغ");
    assert_eq!(spk(&qs[0]), Some("ينس ستولتنبرغ"));
    // the verb after a negation particle opens the clause: «يشأ» is no given name
    let qs = with_per("ولم يشأ باخ التعليق على الانتخابات، قائلا إنه لا يريد الحكم في الموضوع.", "باخ");
    assert_eq!(spk(&qs[0]), Some("باخ"));
}

#[test]
fn a_quoted_name_closing_the_subject_is_the_speaker() {
    let text = "وذكر الأمين العام المساعد لشؤون الشباب المشرف على الفعالية \"الدكتور عبدالكريم بن عبدالله العبدالكريم\"؛ أن الندوة تحرص على المشاركة الفاعلة. وأضاف: \"التفاعل في هذه المناسبة بدا واضحا من المشاركين\".";
    let qs = run(text);
    assert!(qs.iter().all(|q| !q.text.starts_with("الدكتور")), "the quoted name is no quote: {qs:#?}");
    assert_eq!(spk(find(&qs, "الندوة تحرص")), Some("عبدالكريم بن عبدالله العبدالكريم"));
    assert_eq!(spk(find(&qs, "التفاعل في")), Some("عبدالكريم بن عبدالله العبدالكريم"));
    // «على» before «وكالة» does not end the phrase
    let qs = run("ولفت المشرف العام على وكالة التنمية في إمارة المنطقة إلى أن خمس شركات تولت مهمة النقل.");
    assert_eq!(spk(&qs[0]), Some("المشرف العام على وكالة التنمية في إمارة المنطقة"));
    // a quoted program name is not taken for the speaker's name
    let qs = run("وبين المشرف العام على البرنامج الوطني للحرف \"بارع\"، أن الحرفيين يتنافسون على الجائزة.");
    assert_eq!(spk(&qs[0]), Some("المشرف العام على البرنامج الوطني للحرف"));
}

#[test]
fn a_source_phrase_opening_the_sentence_is_the_subject_of_its_verb() {
    let qs = run("وقال العميد سرحان إن القوات تقدمت. وبحسب مصادر عسكرية، أكدت أن تعداد القوة العسكرية شهد ارتفاعا كبيرا.");
    assert_eq!(spk(find(&qs, "تعداد القوة")), Some("مصادر عسكرية"));
    let qs = run("وقال العميد سرحان إن القوات تقدمت. ووفقا لوزارة الدفاع، فقد أوضحت أن الهجوم فشل.");
    assert_eq!(spk(find(&qs, "الهجوم فشل")), Some("وزارة الدفاع"));
    // a verb with its own subject keeps it
    let qs = run("وبحسب مصادر عسكرية، أكد العميد سرحان أن الهجوم فشل.");
    assert_eq!(spk(find(&qs, "الهجوم فشل")), Some("سرحان"));
}

#[test]
fn the_object_after_the_subject_ends_the_speaker_phrase() {
    let qs = run("وأكد الأزهر رفضه الكامل لهذا التصرف، ويشدد على أن مثل هذه التصرفات تبث روح الفرقة.");
    assert_eq!(spk(find(&qs, "مثل هذه")), Some("الأزهر"));
    let qs = run("وأختتم رئيس ميدان الحوراء للهجن تصريحه، بأنه سيقام حفل لتكريم المتبرعين.");
    assert_eq!(spk(&qs[0]), Some("رئيس ميدان الحوراء للهجن"));
    let qs = run("وأكد الناطق الرسمي باسم الحكومة راجح بادي من جانبه أن وصول نائب الرئيس يعتبر تدشينا لعمل الحكومة.");
    assert_eq!(spk(&qs[0]), Some("راجح بادي"));
}

#[test]
fn a_source_phrase_ends_at_fa_inna() {
    let qs = run("وبحسب مركز المنشآت الصغيرة بمجلس الغرف فإن عدد المنشآت في المملكة قد ارتفع مؤخرا.");
    assert_eq!(spk(&qs[0]), Some("مركز المنشآت الصغيرة بمجلس الغرف"));
    assert!(qs[0].text.starts_with("عدد المنشآت"), "{:?}", qs[0].text);
}

#[test]
fn a_cue_speaking_in_a_speech_noun_takes_its_owner() {
    let qs = run("وقال المدير إن الخطة جاهزة. وأصدر البيت الأبيض بيانا عن الاتصال الهاتفي، قال فيه إن الرئيسين اتفقا على التعاون.");
    assert_eq!(spk(find(&qs, "الرئيسين اتفقا")), Some("البيت الأبيض"));
    let qs = run("وقال المدير إن الخطة جاهزة. تلا ذلك كلمة رئيس مجلس إدارة الجمعية عبدالعزيز السيف، أوضح فيها أن أنشطة الملتقى شملت الجميع.");
    assert_eq!(spk(find(&qs, "أنشطة الملتقى")), Some("عبدالعزيز السيف"));
    let qs = run("وقال المدير إن الخطة جاهزة. ويجيء البيان بعد يوم من تصريحات للحكومة الأفغانية قالت فيها إن الملا عمر توفي.");
    assert_eq!(spk(find(&qs, "الملا عمر")), Some("لحكومة الأفغانية"));
}

#[test]
fn a_participle_after_min_jihatihi_takes_the_main_clause_subject() {
    let qs = run("وقال المدير إن الخطة جاهزة. من جانبه، أشاد تيار الاستقلال بالمباحثات الإيجابية بين الزعيمين، مؤكدا أن إعلان القاهرة يؤكد حرصهما.");
    assert_eq!(spk(find(&qs, "إعلان القاهرة")), Some("تيار الاستقلال"));
    let qs = run("وقال المدير إن الخطة جاهزة. من جهته قدم السروي شكره لأمين المنطقة على دعمه، مؤكداً أن الدعم ليس بمستغرب.");
    assert_eq!(spk(find(&qs, "الدعم ليس")), Some("السروي"));
}

#[test]
fn a_subject_stops_before_its_time_adjunct_aside_or_object() {
    let one = |text: &str, want: &str| {
        let qs = run(text);
        assert_eq!(qs.first().and_then(spk), Some(want), "{text}: {qs:#?}");
    };
    one("وأفادت منظمة العفو الدولية العام الماضي ان 12 شخصا اعدموا.", "منظمة العفو الدولية");
    one("وقال الجيش النيجيري في ساعة متأخرة من مساء الأحد إنه أنقذ 178 شخصا.", "الجيش النيجيري");
    one("وأكد مصدر عسكري آخر - وهو مسؤول في الجيش - الهجوم، موضحا انه استهدف وحدة للحرس.", "مصدر عسكري آخر");
    one("وأقر مجلس الوزراء عدداً من الإجراءات من بينها أن يكون لكل شاطئ حرم.", "مجلس الوزراء");
    one("وأعلن تنظيم داعش مسؤوليته عن الهجوم، وقال إنه استولى على ذخيرة.", "تنظيم داعش");
}

#[test]
fn a_subject_after_fa_inna_and_no_antecedent_pronoun() {
    let qs = run("وعلى الرغم من التحذيرات، فإن خبراء ماليين مستقلين قالوا إن عدم السداد سيكون مؤثرا.");
    assert_eq!(qs.first().and_then(spk), Some("خبراء ماليين مستقلين"), "{qs:#?}");
    let qs = run("تشتهر بالتشطيب التجاري، وهو الأمر الذي يرى أنه من الأمور المرجحة.");
    assert_eq!(qs.first().and_then(spk), None, "{qs:#?}");
}

#[test]
fn objects_adverbs_and_a_quotation_closing_the_sentence_are_no_speakers() {
    let qs = run("وأكد المبعوث الأممي الحاجة إلى اتخاذ إجراءات، معتبرا أن الوضع خطير.");
    assert_eq!(qs.first().and_then(spk), Some("المبعوث الأممي"), "{qs:#?}");
    let qs = run("وقال بحاح إن عودته جزء من تحرير عدن، وأضاف \"سأبدأ بزيارة الجرحى\". وقال أيضا إن الحكومة ستعمل.");
    assert!(qs.iter().all(|q| spk(q) != Some("سأبدأ بزيارة الجرحى")), "{qs:#?}");
    assert_eq!(find(&qs, "عودته").text, "عودته جزء من تحرير عدن", "{qs:#?}");
    assert_eq!(spk(find(&qs, "سأبدأ")), Some("بحاح"), "{qs:#?}");
}

#[test]
fn a_source_phrase_needs_a_reporting_verb() {
    let qs = run("وتطوير الخدمات للمستفيدين وفق ما تتطلبه التقنيات الحديثة.");
    assert!(qs.is_empty(), "{qs:#?}");
    let qs = run("وارتفعت الأسعار بنسبة كبيرة، حسبما ذكرت الصحيفة.");
    assert_eq!(qs.first().and_then(spk), Some("الصحيفة"), "{qs:#?}");
}

#[test]
fn adverbs_subordinators_and_prepositional_phrases_are_no_speakers() {
    // an adverbial after an impersonal weak cue names no one: no speaker, and so no report
    let qs = run("ويرجح حتى هذه اللحظة أن مجموعة صغيرة نفذت السرقة في الحي.");
    assert!(qs.iter().all(|q| spk(q).is_none_or(|s| !s.starts_with("حتى"))), "{qs:#?}");
    // a cue after «حينما»/«عندما» shares the subject of the main clause
    let qs = run("ونشر الوزير خالد العتيبي صورة على حسابه في «تويتر» عندما قال: «نحن فخورون بما حققه فريقنا هذا العام».");
    let q = find(&qs, "نحن فخورون");
    assert_eq!(spk(q), Some("خالد العتيبي"), "{qs:#?}");
    // a phrase before the cue that ends in a preposition («بما») is not its subject
    let qs = run("وقال المعلم سعيد إن الصبر مفيد. وقد ذكرني هذا الجار بما روي عن أن الحكيم كان يصبر كثيرا.");
    assert!(qs.iter().all(|q| spk(q).is_none_or(|s| !s.contains("بما"))), "{qs:#?}");
    // an infinitive phrase («لمتابعة رحلتهم») is not the subject of the participle after it
    let qs = run("وقال المدير سعيد الحربي إن الركاب بخير.\nنقل الركاب الى حافلة أخرى لمتابعة رحلتهم بأمان، مشيرا إلى أن الشركة تحقق في العطل.");
    let q = find(&qs, "الشركة تحقق");
    assert!(spk(q).is_none_or(|s| !s.contains("لمتابعة")), "{qs:#?}");
    // a reflexive adverb after the verb («تابع بنفسه») is not its subject
    let qs = run("وتابع بنفسه الموقف من غرفة العمليات، مؤكدا أن الوضع تحت السيطرة.");
    assert!(qs.iter().all(|q| spk(q).is_none_or(|s| !s.contains("بنفسه"))), "{qs:#?}");
    // a source phrase «وفقا لما ورد من X» about a thing names no source
    let qs = run("وأعلنت الإدارة رفع الجاهزية. ووفقا لما ورد من تحذيرات الطقس فإن الأمطار ستستمر ثلاثة أيام.");
    assert!(qs.iter().all(|q| !q.text.starts_with("الأمطار ستستمر")), "{qs:#?}");
    // the owner of a speech noun before «أوضح فيها»
    let qs = run("وألقى رئيس النادي سالم الكعبي خلال الحفل الذي حضره عدد من المسؤولين، كلمة أوضح فيها أن النادي يخطط لموسم جديد.");
    assert_eq!(spk(&qs[0]), Some("سالم الكعبي"), "{qs:#?}");
}

fn run_with_persons(text: &str, persons: &[&str]) -> Vec<Quote> {
    let doc = Pipeline::default().analyze(text);
    let index = TextIndex::new(text);
    let mut hints: Vec<EntityHint> = persons
        .iter()
        .flat_map(|p| text.match_indices(p).map(|(a, m)| EntityHint { span: index.span(a, a + m.len()), label: Label::PER }))
        .collect();
    hints.sort_by_key(|h| h.span.byte_start);
    QuoteExtractor::default().extract(&doc, &hints)
}

#[test]
fn honorific_pronouns_stand_for_the_last_person_named() {
    let t = "واستقبل الأمير فيصل بن سعد الوفد في مكتبه. وقال سموه إن المنطقة تشهد نموا كبيرا، مؤكدا سموه أن الدعم مستمر.";
    let qs = run_with_persons(t, &["فيصل بن سعد"]);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert!(qs.iter().all(|q| spk(q) == Some("فيصل بن سعد")), "{qs:#?}");
    assert!(qs.iter().all(|q| q.speaker_entity.as_ref().is_some_and(|e| e.label == Label::PER)), "{qs:#?}");
    // the person the title matches, not another one named in between
    let t = "وتحدث سمو الأمير فيصل بن سعد عن خطة المنطقة، برئاسة الدكتور خالد المطيري. وأضاف سموه أن الخطة تبدأ قريبا.";
    let qs = run_with_persons(t, &["فيصل بن سعد", "خالد المطيري"]);
    assert_eq!(spk(find(&qs, "الخطة تبدأ")), Some("فيصل بن سعد"), "{qs:#?}");
    let t = "والتقى الوزير سالم العمري رؤساء البلديات. وبين معاليه ، أن المشاريع ستنجز قبل نهاية العام.";
    let qs = run_with_persons(t, &["سالم العمري"]);
    assert_eq!(spk(&qs[0]), Some("سالم العمري"), "{qs:#?}");
    // without a named person before it, the pronoun stays
    let qs = run_with_persons("وقال سموه إن المنطقة تشهد نموا كبيرا.", &[]);
    assert_eq!(spk(&qs[0]), Some("سموه"), "{qs:#?}");
}

#[test]
fn nothing_is_carried_across_a_bulletin_boundary() {
    let t = "عام / افتتاح معرض\nجدة 3 رجب 1440 هـ الموافق 10 مارس 2019 م واس\n وقال مدير المعرض ناصر العلي إن الزوار كثر.\n // انتهى //\n 10:20 ت م\n\nعام / اجتماع اللجنة\nالدمام 3 رجب 1440 هـ الموافق 10 مارس 2019 م واس\n وعقدت اللجنة اجتماعها الأول اليوم.\n وأوضحت أن الخطة جاهزة للتنفيذ.";
    let qs = run_with_persons(t, &["ناصر العلي"]);
    let q = find(&qs, "الخطة جاهزة");
    assert_ne!(spk(q), Some("ناصر العلي"), "{qs:#?}");
    // an honorific pronoun does not reach into the previous bulletin either
    let t2 = t.replace("وأوضحت أن", "وقال سموه إن");
    let qs = run_with_persons(&t2, &["ناصر العلي"]);
    let q = find(&qs, "الخطة جاهزة");
    assert_eq!(spk(q), Some("سموه"), "{qs:#?}");
}

#[test]
fn a_colon_before_inna_still_introduces_an_indirect_quote() {
    let qs = run("وقالت الشرطة: إنه تم العثور على السيارة المسروقة.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].kind, QuoteKind::Indirect);
    assert_eq!(qs[0].text, "تم العثور على السيارة المسروقة");
    assert_eq!(spk(&qs[0]), Some("الشرطة"));
    assert_eq!(qs[0].cue.as_ref().map(|c| c.text.as_str()), Some("وقالت"));
    let qs = run("وقال مدير المستشفى سامي الراشد لصحيفة الوطن: إن المصابين في حالة مستقرة.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].text, "المصابين في حالة مستقرة");
    assert_eq!(spk(&qs[0]), Some("سامي الراشد"));
    let qs = run("وقال مسؤولون: إن الحكومة ستعلن القرار قريبا.");
    assert_eq!(spk(&qs[0]), Some("مسؤولون"), "{qs:#?}");
    // a colon before anything else is not an indirect quote
    let qs = run("وقال المدرب: الفريق جاهز للمباراة.");
    assert!(qs.iter().all(|q| q.kind != QuoteKind::Indirect), "{qs:#?}");
}

#[test]
fn connectives_control_verbs_and_facts_are_no_reports() {
    for t in [
        "ولا يرى الناس غير الفوضى، إلا أن الحكومة تتحمل المسؤولية كاملة.",
        "ولم يعلن الاتفاق بعد غير أن بعض بنوده تتعلق بالضرائب.",
        "واعتبر الحادث عملا متعمدا بما أنه وقع في ساعة مبكرة.",
        "الشركة التي أعلن عنها الأسبوع الماضي استطاعت أن تحقق أرباحا كبيرة.",
        "وهو الأمر الذي يؤكد أننا نسير في الطريق الصحيح.",
        "وحذر باحثون من انتشار ظاهرة «العمل عن بعد»، التي تعني أن الموظف يعمل من بيته.",
    ] {
        let qs = run(t);
        assert!(qs.iter().all(|q| q.kind != QuoteKind::Indirect), "{t}: {qs:#?}");
    }
    // a report whose clause holds «إلا أن» keeps it
    let qs = run("وقال الوزير إن الموازنة جيدة إلا أن العجز ما زال كبيرا.");
    assert_eq!(qs[0].text, "الموازنة جيدة إلا أن العجز ما زال كبيرا", "{qs:#?}");
}

#[test]
fn a_clause_keeps_its_final_percent_and_its_abbreviations() {
    let qs = run("وأوضح البنك أن متوسط العائد بلغ 11.25%.");
    assert_eq!(qs[0].text, "متوسط العائد بلغ 11.25%", "{qs:#?}");
    let qs = run("وأوضح البنك أن متوسط العائد بلغ 7 ٪.");
    assert_eq!(qs[0].text, "متوسط العائد بلغ 7 ٪", "{qs:#?}");
    let qs = run("وقالت الشركة إنها اتفقت على شراء حصة في إيه.بي للصناعات. وارتفع السهم.");
    assert_eq!(qs[0].text, "اتفقت على شراء حصة في إيه.بي للصناعات", "{qs:#?}");
}

#[test]
fn speaker_spans_keep_a_first_letter_and_stop_before_the_object() {
    let t = "ودعا لوران بيتي رئيس الاتحاد الشركات إلى الاستثمار، مؤكدا أن «المستقبل يعتمد على التعليم والتدريب المستمر».";
    let qs = run_with_persons(t, &["وران بيتي"]);
    assert!(qs.iter().all(|q| spk(q) == Some("لوران بيتي")), "{qs:#?}");
    let qs = run("وشرح الباحثون هذه الظاهرة، بأن الحرارة ترتفع في الصيف.");
    assert_eq!(spk(&qs[0]), Some("الباحثون"), "{qs:#?}");
}

#[test]
fn subjunctive_cues_and_adjectives_that_look_like_participles() {
    let t = "وزار الأمير فهد بن سالم المدينة أمس، ليؤكد بقوله: «إن أبناء هذه المنطقة يستحقون كل الدعم والرعاية».";
    let qs = run(t);
    let q = find(&qs, "إن أبناء");
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("ليؤكد"), "{qs:#?}");
    assert!(spk(q).is_none_or(|s| !s.contains("بقوله")), "{qs:#?}");
    // a sentence opening with «ولأن» gives its participles no subject from the subordinate clause
    let qs = run("ولأن التعليم أساس التنمية لجميع دول المنطقة فقد افتتح الوزير المعرض، مؤكدا أن «التعليم هو الطريق الوحيد للتقدم والازدهار».");
    assert!(qs.iter().all(|q| spk(q).is_none_or(|s| !s.contains("لجميع") && !s.contains("التعليم"))), "{qs:#?}");
    let qs = run("فيما ذكرت مصادر متابعة للقضية أن المتهم اعترف بالسرقة.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].cue.as_ref().map(|c| c.text.as_str()), Some("ذكرت"), "{qs:#?}");
    assert_eq!(spk(&qs[0]), Some("مصادر متابعة للقضية"), "{qs:#?}");
}

#[test]
fn a_subject_after_an_emphatic_inna_before_the_verb() {
    let qs = run("بل إن رئيس البنك الدولي جيم كيم قال إن «الاقتصاد العالمي يتعافى ببطء شديد هذا العام».");
    assert!(!qs.is_empty(), "{qs:#?}");
    assert!(qs.iter().all(|q| spk(q).is_some_and(|s| s.contains("جيم كيم"))), "{qs:#?}");
    // (the name «بان» after a definite word is no «بأن»)
    let qs = run("بل إن الأمين العام للمنظمة الدولية بان كي مون قال إن «الوضع الإنساني في المنطقة يزداد سوءا كل يوم».");
    assert!(qs.iter().all(|q| spk(q).is_some_and(|s| s.contains("بان كي مون"))), "{qs:#?}");
    let qs = run("وقال الوزير إن الشركات التي قالت إنها ستغادر لم تفعل ذلك.");
    assert_eq!(spk(&qs[0]), Some("الوزير"), "{qs:#?}");
}

#[test]
fn a_coordinated_cue_takes_the_subject_of_the_first_verb() {
    let t = "وقال شهود إن الحادث وقع ليلا. وأوقفت الشرطة رجلا يدعى سامر الخطيب يوم السبت، وقالت إنها تشتبه في تورطه في السرقة.";
    let qs = run_with_persons(t, &["سامر الخطيب"]);
    assert_eq!(spk(find(&qs, "تشتبه")), Some("الشرطة"), "{qs:#?}");
    let qs = run("واستقبلت وزارة الصحة الوفد الزائر، وأكدت أن التعاون مستمر.");
    assert_eq!(spk(&qs[0]), Some("وزارة الصحة"), "{qs:#?}");
    // the object first («وشهد الحفل الأمير ...»): no guess from the word order
    let qs = run("وقال المنظم إن الحفل ناجح. وشهد الحفل الأمير فهد، وقال إن المهرجان مميز.");
    assert!(spk(find(&qs, "المهرجان مميز")) != Some("الحفل"), "{qs:#?}");
}

#[test]
fn an_object_pronoun_before_the_subject() {
    let qs = run("وقال له المدرب إن الفريق جاهز للمباراة.");
    assert_eq!(spk(&qs[0]), Some("المدرب"), "{qs:#?}");
    let t = "وقال الوزير إن الموسم ناجح. وهو ما شدد عليه الأمير في كلمته التي ألقاها في الحفل: «سنواصل دعم الشباب في كل المجالات».";
    let qs = run(t);
    assert_eq!(spk(find(&qs, "سنواصل")), Some("الأمير"), "{qs:#?}");
    // «مما يشير إلى أن»: still an inference
    let qs = run("وارتفعت الأسعار كثيرا مما يشير إلى أن الطلب قوي.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn post_clause_sources_ala_hadd_qawl_and_kama_without_comma() {
    let qs = run("ارتفعت أسعار الشقق في المدينة بنسبة 30 في المائة على حد قول سمسار عقارات محلي.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].text, "ارتفعت أسعار الشقق في المدينة بنسبة 30 في المائة", "{qs:#?}");
    assert_eq!(spk(&qs[0]), Some("سمسار عقارات محلي"), "{qs:#?}");
    let qs = run("وتنطلق الرحلات مباشرة من لندن إلى المدينة كما أوضح المدير.");
    assert_eq!(qs[0].text, "تنطلق الرحلات مباشرة من لندن إلى المدينة", "{qs:#?}");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(spk(&qs[0]), Some("المدير"), "{qs:#?}");
    assert_eq!(qs[0].cue.as_ref().map(|c| c.text.as_str()), Some("أوضح"));
    // «كما أوضح X أن ...» mid-sentence is a report of its own, not a source for the words before
    let qs = run("وزار الوزير المعرض كما أوضح المنظم أن الزوار كثر.");
    assert!(qs.iter().all(|q| !q.text.starts_with("زار")), "{qs:#?}");
}

#[test]
fn a_full_name_entity_takes_no_place_name_before_it() {
    let t = "وقال قائد شرطة سان دييغو كيفن مارتن للصحفيين: إن التحقيق مستمر.";
    let qs = run_with_persons(t, &["كيفن مارتن"]);
    assert_eq!(spk(&qs[0]), Some("كيفن مارتن"), "{qs:#?}");
}

#[test]
fn speech_noun_owners_are_carried_and_semicolons_coordinate() {
    let t = "وأصدرت الهيئة بيانا أكدت فيه أنها راجعت كل الشكاوى.\nوأوضحت أنها ستنشر النتائج قريبا.";
    let qs = run(t);
    assert_eq!(spk(find(&qs, "ستنشر")), Some("الهيئة"), "{qs:#?}");
    let t = "وأحيا المطرب حفلا كبيرا في المدينة؛ وقال في تصريح بعد الحفل إنه سعيد بالجمهور.";
    let qs = run(t);
    assert_eq!(spk(find(&qs, "سعيد")), Some("المطرب"), "{qs:#?}");
    // a profession before a name the entity layer found is a title: the name
    let t = "وأحيا المطرب راشد الفارس حفلا كبيرا في المدينة، وقال إنه سعيد بالجمهور.";
    let qs = run_with_persons(t, &["راشد الفارس"]);
    assert_eq!(spk(find(&qs, "سعيد")), Some("راشد الفارس"), "{qs:#?}");
}

#[test]
fn a_subject_closed_by_a_comma_a_dative_medium_and_a_dateline() {
    let t = "وتبنى التنظيم الهجوم في بيان. لكن مدير الأمن في وزارة الداخلية سامي الحربي، قال إن المهاجم يعمل وحده.";
    let qs = run(t);
    assert!(spk(find(&qs, "المهاجم")).is_some_and(|s| s.contains("سامي الحربي")), "{qs:#?}");
    // an adjunct closed by a comma is not a subject
    let qs = run("وقال المدير إن العمل بدأ. وبعد انتهاء الاجتماع، قال إن النتائج جيدة.");
    assert_eq!(spk(find(&qs, "النتائج")), Some("المدير"), "{qs:#?}");
    let qs = run("وقال المدير إن العمل بدأ. وكانت تلك رسالة واضحة للجميع، وليضيف بقوله: «سنعمل ليلا ونهارا حتى ننتهي».");
    assert!(qs.iter().all(|q| spk(q).is_none_or(|s| !s.contains("رسالة"))), "{qs:#?}");
    let qs = run("وحسب مصادر مطلعة لـ«الصحيفة»، فإن الاجتماع ناقش الوضع الأمني في المدينة.");
    assert_eq!(spk(&qs[0]), Some("مصادر مطلعة"), "{qs:#?}");
    let qs = run("* القاهرة - «الصحيفة»: ارتفعت أسعار الذهب في السوق المحلية اليوم، حسبما ذكرت مصادر تجارية.");
    assert_eq!(qs[0].text, "ارتفعت أسعار الذهب في السوق المحلية اليوم", "{qs:#?}");
}
#[test]
fn institutions_keep_their_adjectives_and_roles_are_no_person_names() {
    let qs = run("وقالت وزارة الخارجية الفلسطينية إن قوات الاحتلال فتشت المنزل.");
    assert_eq!(spk(&qs[0]), Some("وزارة الخارجية الفلسطينية"), "{qs:#?}");
    let qs = run("وقالت وكالة الأنباء الأردنية إن الطريق أغلق.");
    assert_eq!(spk(&qs[0]), Some("وكالة الأنباء الأردنية"), "{qs:#?}");
    // a person entity that starts with a role word is the entity layer's slip when a real name follows
    let t = "وأوضح مشرف شؤون الطلاب بالمدرسة الأستاذ سالم بن علي الغامدي، أن التسجيل يبدأ غدا.";
    let qs = run_with_persons(t, &["مشرف شؤون", "سالم بن علي الغامدي"]);
    assert_eq!(spk(&qs[0]), Some("سالم بن علي الغامدي"), "{qs:#?}");
}

#[test]
fn a_person_entity_ending_in_a_connector_takes_the_next_name() {
    let t = "وأوضح مدير الفرع الدكتور سالم الأمين بن راشد أن الدورة تستمر ثلاثة أيام.";
    let qs = run_with_persons(t, &["سالم الأمين بن"]);
    assert_eq!(spk(&qs[0]), Some("سالم الأمين بن راشد"), "{qs:#?}");
}

#[test]
fn a_long_description_does_not_cut_the_name_after_it() {
    let t = "وأوضح مدير عام فرع وزارة الشؤون البلدية والقروية والإسكان والمياه بمنطقة الحدود الشمالية الدكتور سالم بن راشد الأحمدي أن المشروع بدأ.";
    let qs = run_with_persons(t, &["سالم بن راشد الأحمدي"]);
    assert_eq!(spk(&qs[0]), Some("سالم بن راشد الأحمدي"), "{qs:#?}");
}

#[test]
fn a_participle_of_report_ends_the_clause_without_a_comma() {
    let qs = run("وأكد الوزير أن الوزارة ستقوم بأعمال طرق مشيرا الى انها ستنتهي قريبا.");
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(qs[0].text, "الوزارة ستقوم بأعمال طرق");
    assert_eq!(qs[1].text, "ستنتهي قريبا");
}

#[test]
fn speakers_of_clauses_without_a_speech_verb() {
    // a verb whose subject the article names, then a subject-less cue in the next sentence
    let t = "من جهته هنأ الملحق الثقافي الدكتور عبدالعزيز بن طالب المبتعث حسام زواوي بهذا الإنجاز. وأوضح أن الملحقية نظمت معرضا.";
    let qs = run_with_persons(t, &["عبدالعزيز بن طالب", "حسام زواوي"]);
    assert_eq!(spk(find(&qs, "الملحقية نظمت")), Some("عبدالعزيز بن طالب"), "{qs:#?}");
    // «حيث» opens the clause whose subject the participle shares
    let t = "وأعربوا عن شكرهم، حيث أشاد الأمين العام للجامعة عبدالله بن عبدالوحيد، بما قدم له، مؤكدا أن الخدمات متميزة.";
    let qs = run_with_persons(t, &["عبدالله بن عبدالوحيد"]);
    assert_eq!(spk(find(&qs, "الخدمات متميزة")), Some("عبدالله بن عبدالوحيد"), "{qs:#?}");
    // a coordinated verb's prepositional object is no subject; «وألقى» is a verb, not a definite word
    let t = "وأشاد ضيف الجائزة الشيخ عبدالعزيز الحارثي بفكرة الجائزة ونوه بجهود القائمين عليها، مؤكدا أن الجوائز كفيلة بالتحفيز.";
    let qs = run_with_persons(t, &["عبدالعزيز الحارثي"]);
    assert!(spk(find(&qs, "الجوائز كفيلة")).is_some_and(|s| s.contains("عبدالعزيز الحارثي")), "{qs:#?}");
    let qs = run("وقال مدير التعليم إن الجائزة مهمة. وألقى الدكتور سعد البلاهدي كلمة المكرمين مشيرا إلى أن التميز ثمرة.");
    assert!(spk(find(&qs, "التميز ثمرة")).is_some_and(|s| s.contains("سعد البلاهدي")), "{qs:#?}");
    // a person before «، الذي» is the antecedent
    let t = "وهو الامر الذي اوضحه اداري الفريق فؤاد السليم، الذي اكد ان الادارة وضعت ثقتها في الجهاز الفني.";
    let qs = run_with_persons(t, &["فؤاد السليم"]);
    assert_eq!(spk(find(&qs, "الادارة وضعت")), Some("فؤاد السليم"), "{qs:#?}");
    // «وقال بيان» and «قال باحثون»: a word opening with ب is no preposition unless the rest is a common word
    assert_eq!(spk(&run("وقال بيان صادر عن الوزارة إن الاجتماع انتهى.")[0]), Some("بيان صادر"));
}
