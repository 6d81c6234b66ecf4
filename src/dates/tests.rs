//! Every construction of the dates issue with its value (reference 2016-05-13, a Friday, unless stated).

use chrono::NaiveDate;

use super::*;
use crate::Pipeline;

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

fn dates_at(text: &str, reference: Option<NaiveDate>) -> Vec<DateItem> {
    let doc = Pipeline::default().analyze_with(text, reference);
    let dates = doc.dates.unwrap_or_default();
    for x in &dates {
        assert_eq!(x.span.slice(text), x.text, "span/text mismatch");
        assert_eq!(text.chars().skip(x.span.start).take(x.span.end - x.span.start).collect::<String>(), x.text);
    }
    dates
}

fn dates(text: &str) -> Vec<DateItem> {
    dates_at(text, d(2016, 5, 13))
}

/// (text, type, value) triples found in `text`.
fn found(text: &str) -> Vec<(String, &'static str, Option<String>)> {
    dates(text).into_iter().map(|x| (x.text, x.kind.as_str(), x.value)).collect()
}

#[track_caller]
fn check(text: &str, want: &[(&str, &str, Option<&str>)]) {
    let got = found(text);
    let want: Vec<(String, &str, Option<String>)> =
        want.iter().map(|(t, ty, v)| (t.to_string(), *ty, v.map(|v| v.to_string()))).collect();
    assert_eq!(got, want, "in «{text}»");
}

#[test]
fn seed_dates() {
    check("وقال مسؤولون الخميس ان", &[("الخميس", "DATE", Some("2016-05-12"))]);
    check("وسيتم الاثنين المقبل البحث", &[("الاثنين المقبل", "DATE", Some("2016-05-16"))]);
    check("الذي قتل في تشرين الاول/اكتوبر 2011. لكن", &[("تشرين الاول/اكتوبر 2011", "DATE", Some("2011-10"))]);
    check("قرارا مماثلا في الاول من نيسان/ابريل، يشجب", &[("الاول من نيسان/ابريل", "DATE", Some("2016-04-01"))]);
    check("في وقت سابق من هذه السنة وجود", &[("وقت سابق", "DATE", Some("PAST_REF")), ("هذه السنة", "DATE", Some("2016"))]);
    check("في وقت سابق هذا الاسبوع", &[("وقت سابق", "DATE", Some("PAST_REF")), ("هذا الاسبوع", "DATE", Some("2016-W19"))]);
    check("وحتى الان، اقتصر", &[("الان", "DATE", Some("PRESENT_REF"))]);
    check("تقدما خلال الايام الاخيرة في", &[("الايام الاخيرة", "DURATION", Some("PXD"))]);
    check("غرقت بعد اشهر في فوضى", &[("اشهر", "DURATION", Some("PXM"))]);
    check("اعلنت الولايات المتحدة الجمعة انها", &[("الجمعة", "DATE", Some("2016-05-13"))]);
    check("حظر اقره مجلس الامن في 2011 على", &[("2011", "DATE", Some("2011"))]);
}

#[test]
fn seed_article() {
    let text = include_str!("../../examples/afp_libya_arms_embargo.txt");
    let got = dates(text);
    let values: Vec<_> = got.iter().map(|x| (x.text.as_str(), x.value.as_deref())).collect();
    for want in [
        ("الخميس", Some("2016-05-12")),
        ("الاثنين المقبل", Some("2016-05-16")),
        ("تشرين الاول/اكتوبر 2011", Some("2011-10")),
        ("الاول من نيسان/ابريل", Some("2016-04-01")),
    ] {
        assert!(values.contains(&want), "{want:?} not in {values:?}");
    }
    assert!(!values.iter().any(|(t, _)| t.contains("6000")));
}

#[test]
fn month_traditions() {
    for (name, m) in [
        ("كانون الثاني", "01"), ("يناير", "01"), ("جانفي", "01"), ("فيفري", "02"), ("آذار", "03"), ("أفريل", "04"),
        ("ابريل", "04"), ("ايار", "05"), ("ماي", "05"), ("جوان", "06"), ("حزيران", "06"), ("جويلية", "07"),
        ("يوليوز", "07"), ("أوت", "08"), ("غشت", "08"), ("آب", "08"), ("أيلول", "09"), ("شتنبر", "09"),
        ("تشرين الأول", "10"), ("تشرين الثاني", "11"), ("نونبر", "11"), ("دجنبر", "12"), ("كانون الاول", "12"),
    ] {
        let text = format!("وصل في {name} 2014 الى");
        check(&text, &[(&format!("{name} 2014"), "DATE", Some(&format!("2014-{m}")))]);
    }
}

#[test]
fn dual_notation_and_days() {
    check("المنتهي في 27 من يونيو حزيران من", &[("27 من يونيو حزيران", "DATE", Some("2016-06-27"))]);
    check("ستجد نفسك خارجاً من باب الطوارئ", &[]);
    check("في ايار/مايو الماضي", &[("ايار/مايو الماضي", "DATE", Some("2015-05"))]);
    check("في 8 مارس (آذار) 2014 وعلى", &[("8 مارس (آذار) 2014", "DATE", Some("2014-03-08"))]);
    check("في تموز (يوليو) عام 2014 و", &[("تموز (يوليو) عام 2014", "DATE", Some("2014-07"))]);
    check("في الحادي عشر من أغسطس", &[("الحادي عشر من أغسطس", "DATE", Some("2016-08-11"))]);
    check("يوم الخامس من أغسطس المقبل وذلك", &[("يوم الخامس من أغسطس المقبل", "DATE", Some("2016-08-05"))]);
    check("منذ كانون الأول (ديسمبر) الماضي،", &[("كانون الأول (ديسمبر) الماضي", "DATE", Some("2015-12"))]);
    check("من سبتمبر إلى نوفمبر من هذا العام", &[("سبتمبر", "DATE", Some("2016-09")), ("نوفمبر من هذا العام", "DATE", Some("2016-11"))]);
    check("في ٢٣ أغسطس ٢٠١٥", &[("٢٣ أغسطس ٢٠١٥", "DATE", Some("2015-08-23"))]);
    check("في 10 اغسطس 2015 م واس", &[("10 اغسطس 2015 م", "DATE", Some("2015-08-10"))]);
    check("في 2014-03-08 و12/5/2016", &[("2014-03-08", "DATE", Some("2014-03-08")), ("12/5/2016", "DATE", Some("2016-05-12"))]);
}

#[test]
fn month_relative_days_and_holidays() {
    check("في 12 من الشهر الجاري", &[("12 من الشهر الجاري", "DATE", Some("2016-05-12"))]);
    check("يوم 17 الحالي في الرياض", &[("يوم 17 الحالي", "DATE", Some("2016-05-17"))]);
    check("في 22 الجاري", &[("22 الجاري", "DATE", Some("2016-05-22"))]);
    check("في العاشر من الشهر الماضي", &[("العاشر من الشهر الماضي", "DATE", Some("2016-04-10"))]);
    let x = dates("قبل عيد الفطر");
    assert_eq!((x[0].text.as_str(), x[0].value.as_deref(), x[0].calendar), ("عيد الفطر", Some("2016-07-06"), Calendar::Hijri));
    let x = dates("عيد الأضحى 2015");
    assert_eq!(x[0].value.as_deref(), Some("2015-09-23"));
}

#[test]
fn ranges() {
    check("من 10 إلى 16 تموز", &[("10", "DATE", Some("2016-07-10")), ("16 تموز", "DATE", Some("2016-07-16"))]);
    check("في 17 و25 ديسمبر (كانون الأول) مرة", &[("17", "DATE", Some("2016-12-17")), ("25 ديسمبر (كانون الأول)", "DATE", Some("2016-12-25"))]);
}

#[test]
fn years() {
    check("منذ عام 2011 و", &[("عام 2011", "DATE", Some("2011"))]);
    check("في العام 2011 و", &[("العام 2011", "DATE", Some("2011"))]);
    check("تأسست 2011م في", &[("2011م", "DATE", Some("2011"))]);
    check("حدود 1967 من", &[("1967", "DATE", Some("1967"))]);
    check("وجود حوالى 6000 مقاتل", &[]);
    check("نحو 2000 مقاتل", &[]);
    check("أكثر من 2000 زائر", &[]);
    // a noun in the accusative after the number is what it counts; an adverb is not
    check("وبلغ عدد الضحايا 1834 شخصاً في", &[]);
    check("منذ 1990 تقريبا", &[("1990", "DATE", Some("1990"))]);
    // a plan named after its horizon, with or without the country: not the year
    check("ضمن رؤية المملكة 2030 أطلقت", &[]);
    check("وفق رؤية 2030", &[]);
    check("في رؤيته عام 2030", &[("عام 2030", "DATE", Some("2030"))]);
    check("ولد بتاريخ 16 / 09 / 1414هـ الساعة", &[("16 / 09 / 1414هـ", "DATE", Some("1994-02-27"))]);
    check("في النصف الثاني من عام 2014.", &[("النصف الثاني من عام 2014", "DATE", Some("2014-H2"))]);
    // a quarter without its year is one of the current year (the ordinal «الثاني» as well as «الرابع»)
    check("ارتفعت الأرباح في الربع الثاني بنسبة", &[("الربع الثاني", "DATE", Some("2016-Q2"))]);
    check("في الربع الرابع سجل", &[("الربع الرابع", "DATE", Some("2016-Q4"))]);
    check("في الربع الثاني من المباراة سجل", &[]);
    check("في النصف الثاني سجل الفريق", &[]);
    // «أشهر» and «قرون» alone: months and centuries after a temporal word, else "most famous" and horns
    check("بمشاركة أشهر شعراء المملكة", &[]);
    check("تستنفر قرون استشعارها", &[]);
    check("منذ أشهر", &[("أشهر", "DURATION", Some("PXM"))]);
    check("ظل مغلقا لأشهر طويلة", &[("أشهر", "DURATION", Some("PXM"))]);
    check("منذ قرون", &[("قرون", "DURATION", Some("PXCE"))]);
    // a fraction of a unit is a whole number of the next smaller one
    check("انتظر نصف ساعة", &[("نصف ساعة", "DURATION", Some("PT30M"))]);
    check("منذ ربع قرن", &[("ربع قرن", "DURATION", Some("P25Y"))]);
    check("منذ ثلث قرن", &[]);
    // a definite number from eleven up before its singular unit
    check("خلال المائة يوم الماضية", &[("المائة يوم الماضية", "DURATION", Some("P100D"))]);
    // a part of day before «اليوم (الاثنين)»: the bracketed weekday decides
    // a weekday and a feminine ordinal: the month's nth such weekday (Ramadan 1436 began on Thursday 2015-06-18);
    // a masculine ordinal is the day of the month
    check("في الجمعة الثانية من شهر رمضان 1436", &[("الجمعة الثانية من شهر رمضان 1436", "DATE", Some("2015-06-26"))]);
    check("في الجمعة الأولى من يوليو 2016", &[("الجمعة الأولى من يوليو 2016", "DATE", Some("2016-07-01"))]);
    check("يوم الجمعة الثاني من رمضان 1436", &[("يوم الجمعة الثاني من رمضان 1436", "DATE", Some("2015-06-19"))]);
    check("مساء اليوم (الاثنين)", &[("مساء اليوم", "TIME", Some("2016-05-09TEV")), ("الاثنين", "DATE", Some("2016-05-09"))]);
    check("منذ بداية العام حتى الآن", &[("بداية العام", "DATE", Some("2016")), ("الآن", "DATE", Some("PRESENT_REF"))]);
    check("في منتصف كانون الثاني (يناير) 2015 عندما", &[("منتصف كانون الثاني (يناير) 2015", "DATE", Some("2015-01"))]);
}

#[test]
fn hijri() {
    let x = dates("نجران 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس");
    assert_eq!(x.len(), 2);
    assert_eq!(x[0].text, "25 شوال 1436 هـ");
    assert_eq!(x[0].value.as_deref(), Some("2015-08-10"));
    assert_eq!(x[0].calendar, Calendar::Hijri);
    assert_eq!(x[1].value.as_deref(), Some("2015-08-10"));
    assert_eq!(x[1].calendar, Calendar::Gregorian);
    check("وحتى تاريخ 21 شوال 1436هـ والبالغ", &[("21 شوال 1436هـ", "DATE", Some("2015-08-06"))]);
    check("يوم الثاني من شهر شوال لعام 1436هـ عن", &[("يوم الثاني من شهر شوال لعام 1436هـ", "DATE", Some("2015-07-18"))]);
    let x = dates("خلال شهر رمضان المقبل");
    assert_eq!(x[0].text, "شهر رمضان المقبل");
    assert_eq!(x[0].value.as_deref(), Some("2016-06-06"));
    check("قال رجب طيب اردوغان", &[]);
    check("قال طارق رمضان ان", &[]);
    check("خلال رمضان الماضي", &[("رمضان الماضي", "DATE", Some("2015-06-18"))]);
    let x = dates("خلال رمضان");
    assert_eq!(x[0].value.as_deref(), Some("2016-06-06"));
}

#[test]
fn weekdays() {
    check("وقتل الخميس اربعة", &[("الخميس", "DATE", Some("2016-05-12"))]);
    // the dual head belongs to the first day, as «يوم» does («يوم الاثنين»)
    check("يومي الأحد والاثنين", &[("يومي الأحد", "DATE", Some("2016-05-08")), ("الاثنين", "DATE", Some("2016-05-09"))]);
    check("يوم الاحد الماضي", &[("يوم الاحد الماضي", "DATE", Some("2016-05-08"))]);
    check("الأحد القادم", &[("الأحد القادم", "DATE", Some("2016-05-15"))]);
    check("ومن المقرر أن تنتهي المحادثات يوم الاثنين", &[("يوم الاثنين", "DATE", Some("2016-05-16"))]);
    // a weekday beside اليوم/امس decides both values
    let x = found("وقال عريقات اليوم الإثنين عقب");
    assert_eq!(x, vec![("اليوم".into(), "DATE", Some("2016-05-09".into())), ("الإثنين".into(), "DATE", Some("2016-05-09".into()))]);
    let x = found("ذكرت الصحيفة أمس الأربعاء أن");
    assert_eq!(x[0].2.as_deref(), Some("2016-05-11"));
    assert_eq!(x[1].2.as_deref(), Some("2016-05-11"));
    let x = found("أعلن اليوم (الخميس)، أن");
    assert_eq!(x.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), vec!["اليوم", "الخميس"]);
    assert_eq!(x[0].2.as_deref(), Some("2016-05-12"));
    // «غدا» + a weekday: the weekday on or before the day after the document date (a crawler dates stories late)
    assert_eq!(found("يغادر يوم غد الخميس إلى")[0].2.as_deref(), Some("2016-05-12"));
    assert_eq!(found("تنطلق غدا السبت")[0].2.as_deref(), Some("2016-05-14"));
}

#[test]
fn gloss_moves_today() {
    // the story was written on Thursday: later «اليوم» and «أمس» follow the gloss
    let x = found("أعلن اليوم (الخميس)، أن الحطام. وتوجه محققون اليوم الى الجزيرة بعد العثور عليه أمس.");
    let v: Vec<_> = x.iter().map(|x| x.2.clone().unwrap_or_default()).collect();
    assert_eq!(v, vec!["2016-05-12", "2016-05-12", "2016-05-12", "2016-05-11"]);
}

#[test]
fn relative() {
    check("قال امس ان", &[("امس", "DATE", Some("2016-05-12"))]);
    check("بالأمس", &[("الأمس", "DATE", Some("2016-05-12"))]);
    check("أمس الأول", &[("أمس الأول", "DATE", Some("2016-05-11"))]);
    check("أول أمس", &[("أول أمس", "DATE", Some("2016-05-11"))]);
    check("يعقد غدا", &[("غدا", "DATE", Some("2016-05-14"))]);
    check("من يوم أمس صرف", &[("يوم أمس", "DATE", Some("2016-05-12"))]);
    check("الاسبوع الماضي", &[("الاسبوع الماضي", "DATE", Some("2016-W18"))]);
    check("الشهر المقبل", &[("الشهر المقبل", "DATE", Some("2016-06"))]);
    check("العام الماضي", &[("العام الماضي", "DATE", Some("2015"))]);
    check("للعام الحالي", &[("لعام الحالي", "DATE", Some("2016"))]);
    check("العام الجاري", &[("العام الجاري", "DATE", Some("2016"))]);
    check("هذه السنة", &[("هذه السنة", "DATE", Some("2016"))]);
    check("قبل أسبوعين", &[("قبل أسبوعين", "DATE", Some("2016-W17"))]);
    check("قبل عشرة ايام", &[("قبل عشرة ايام", "DATE", Some("2016-05-03"))]);
    check("قبل عامين", &[("قبل عامين", "DATE", Some("2014"))]);
    check("قبل 3 اشهر", &[("قبل 3 اشهر", "DATE", Some("2016-02"))]);
    check("العام السابق في", &[("العام السابق", "DATE", None)]);
    check("في اليوم التالي بعد", &[("اليوم التالي", "DATE", None)]);
}

#[test]
fn without_reference() {
    let x = dates_at("قال امس ان الاثنين المقبل وفي تشرين الاول/اكتوبر 2011", None);
    assert_eq!(x.len(), 3);
    assert_eq!(x[0].value, None);
    assert_eq!(x[0].kind, DateType::Date);
    assert_eq!(x[1].value, None);
    assert_eq!(x[2].value.as_deref(), Some("2011-10"));
}

#[test]
fn parts_of_day_and_clock() {
    check("صباح اليوم", &[("صباح اليوم", "TIME", Some("2016-05-13TMO"))]);
    check("مساء الخميس", &[("مساء الخميس", "TIME", Some("2016-05-12TEV"))]);
    check("ليل السبت", &[("ليل السبت", "TIME", Some("2016-05-07TNI"))]);
    check("فجر امس", &[("فجر امس", "TIME", Some("2016-05-12TMO"))]);
    check("ظهر اليوم", &[("ظهر اليوم", "TIME", Some("2016-05-13TAF"))]);
    check("في الساعة العاشرة صباحا", &[("الساعة العاشرة صباحا", "TIME", Some("2016-05-13T10:00"))]);
    check("الساعة الثامنة مساء", &[("الساعة الثامنة مساء", "TIME", Some("2016-05-13T20:00"))]);
    check("في الساعة العاشرة من صباح اليوم", &[("الساعة العاشرة من صباح اليوم", "TIME", Some("2016-05-13T10:00"))]);
    check("الساعة الثانية والنصف بعد ظهر أمس", &[("الساعة الثانية والنصف بعد ظهر أمس", "TIME", Some("2016-05-12T14:30"))]);
    check("في الساعة 9.30 مساء", &[("الساعة 9.30 مساء", "TIME", Some("2016-05-13T21:30"))]);
    check("في 10 صباحا", &[("10 صباحا", "TIME", Some("2016-05-13T10:00"))]);
    check("وحتى 2.30 ظهراً ، كما", &[("2.30 ظهراً", "TIME", Some("2016-05-13T14:30"))]);
    check("عند 10:30 بدأ", &[("10:30", "TIME", Some("2016-05-13T10:30"))]);
    check("// انتهى // 10:12 ت م", &[("10:12 ت م", "TIME", Some("2016-05-13T10:12"))]);
}

#[test]
fn relative_years_named_by_their_number_or_calendar() {
    // (reference 2016-05-13 is 6 Shaban 1437)
    check("مطلع العام القادم 1438هـ إلزام", &[("مطلع العام القادم 1438هـ", "DATE", Some("2016-10-02"))]);
    check("في العام الماضي 2015 بلغت", &[("العام الماضي 2015", "DATE", Some("2015"))]);
    check("مع مطلع العام الهجري القادم.", &[("مطلع العام الهجري القادم", "DATE", Some("2016-10-02"))]);
    check("خلال العام الهجري الحالي", &[("العام الهجري الحالي", "DATE", Some("2015-10-14"))]);
    check("وقبل عام 1865، كانت", &[("عام 1865", "DATE", Some("1865"))]);
    // a year near the document's Hijri year is Hijri without «هـ»; a year of history is not
    check("ميزانية عام 1437 بلغت", &[("عام 1437", "DATE", Some("2015-10-14"))]);
    check("فتح القسطنطينية عام 1453", &[("عام 1453", "DATE", Some("1453"))]);
    // a count after a relative year is no year
    check("في العام الماضي 2000 مقاتل", &[("العام الماضي", "DATE", Some("2015"))]);
}

#[test]
fn durations() {
    check("منذ ثلاث سنوات", &[("ثلاث سنوات", "DURATION", Some("P3Y"))]);
    check("على مدار 24 ساعة", &[("24 ساعة", "DURATION", Some("P24H"))]);
    check("خلال ستة أشهر فقط", &[("ستة أشهر", "DURATION", Some("P6M"))]);
    check("خلال يومين", &[("يومين", "DURATION", Some("P2D"))]);
    check("بعد اسبوعين", &[("اسبوعين", "DURATION", Some("P2W"))]);
    check("منذ عامين", &[("عامين", "DURATION", Some("P2Y"))]);
    check("بعد شهر واحد من ذلك", &[("شهر واحد", "DURATION", Some("P1M"))]);
    check("بعد 77 دقيقة", &[("77 دقيقة", "DURATION", Some("PT77M"))]);
    check("بعد ساعة من اقلاعها", &[("ساعة", "DURATION", Some("P1H"))]);
    check("بينز (30 عاما) لجراحة", &[("30 عاما", "DURATION", Some("P30Y"))]);
    check("في الأشهر الثلاثة الأخيرة.", &[("الأشهر الثلاثة الأخيرة", "DURATION", Some("P3M"))]);
    check("خلال اليومين القادمين", &[("اليومين القادمين", "DURATION", Some("P2D"))]);
    check("منذ خمسة وعشرين عاما", &[("خمسة وعشرين عاما", "DURATION", Some("P25Y"))]);
    check("منذ سنوات", &[("سنوات", "DURATION", Some("PXY"))]);
    check("الأمين العام للأمم", &[]);
    check("خلال الأيام القليلة الماضية", &[("الأيام القليلة الماضية", "DURATION", Some("PXD"))]);
    check("خلال الساعات الـ24 الماضية", &[("الساعات الـ24 الماضية", "DURATION", Some("P24H"))]);
    check("تضاعف من مليونين عام 2005 إلى", &[("عام 2005", "DATE", Some("2005"))]);
    // a count with a scale word, past what a u32 holds; a sum before a year is none; light-years are a distance
    check("رحلة تستغرق 26 مليون عام", &[("26 مليون عام", "DURATION", Some("P26000000Y"))]);
    check("أقدم بـ1.5 مليار سنة", &[("1.5 مليار سنة", "DURATION", Some("P1500000000Y"))]);
    check("إلى 127 مليارا عام 2015", &[("عام 2015", "DATE", Some("2015"))]);
    check("ويبعد 1400 سنة ضوئية من الأرض", &[]);
    check("خلال العامين", &[("العامين", "DURATION", Some("P2Y"))]);
    check("كل عامين", &[("كل عامين", "SET", Some("P2Y"))]);
    check("كل يوم سبت", &[("كل يوم سبت", "SET", Some("XXXX-WXX-6"))]);
    check("الليلة الماضية", &[("الليلة الماضية", "TIME", Some("2016-05-12TNI"))]);
}

#[test]
fn sets_and_vague() {
    check("1200 طن قمح يوميا، لتصبح", &[("يوميا", "SET", Some("P1D"))]);
    check("2.6 مليون طن سنويا.", &[("سنويا", "SET", Some("P1Y"))]);
    check("كل عام", &[("كل عام", "SET", Some("P1Y"))]);
    check("قدم اللواء محمد بن رافع الشهري تعازيه", &[]);
    check("بهذه الجولات اليومية على", &[("اليومية", "SET", Some("P1D"))]);
    check("وأكدت ذلك اليوم أني", &[("ذلك اليوم", "DATE", None)]);
    check("عين اليوم – برشلونة", &[]);
    check("اسبوعيا", &[("اسبوعيا", "SET", Some("P1W"))]);
    check("يومي ١٨- ١٩ نوفمبر القادم", &[("١٨", "DATE", Some("2016-11-18")), ("١٩ نوفمبر القادم", "DATE", Some("2016-11-19"))]);
    check("12630 طناً من القمح في اليوم، تنتج", &[("اليوم", "SET", Some("P1D"))]);
    check("في وقت سابق", &[("وقت سابق", "DATE", Some("PAST_REF"))]);
    check("أعلنت قطر قبل فترة عن حالة", &[("قبل فترة", "DATE", Some("PAST_REF"))]);
    check("وصل قبل فترة وجيزة", &[("قبل فترة وجيزة", "DATE", Some("PAST_REF"))]);
    check("سابقًا لا تكفي", &[("سابقًا", "DATE", Some("PAST_REF"))]);
    check("نعرضها حاليًّا على", &[("حاليًّا", "DATE", Some("PRESENT_REF"))]);
    check("في الوقت الراهن يجب", &[("الوقت الراهن", "DATE", Some("PRESENT_REF"))]);
    check("سيصل قريبا", &[("قريبا", "DATE", Some("FUTURE_REF"))]);
    check("توقفت قريبا من المنفذ", &[]);
    check("وحتى تاريخه بلغت", &[("تاريخه", "DATE", Some("PRESENT_REF"))]);
    check("لعلاجه من قبل. وغاب", &[("قبل", "DATE", Some("PAST_REF"))]);
    check("تم ذلك من قبل الحكومة", &[]);
    check("للأعوام التالية دون", &[("لأعوام التالية", "DATE", Some("FUTURE_REF"))]);
}

#[test]
fn decades_and_seasons() {
    check("في الثمانينات", &[("الثمانينات", "DATE", Some("198"))]);
    check("في خمسينيات القرن الماضي.", &[("خمسينيات القرن الماضي", "DATE", Some("195"))]);
    check("خلال الإجازة الصيفية شملت", &[("الإجازة الصيفية", "DATE", Some("2016-SU"))]);
    check("في صيف 2014", &[("صيف 2014", "DATE", Some("2014-SU"))]);
    check("ثورات الربيع العربي", &[]);
}

#[test]
fn user_month() {
    let mut ex = DateExtractor::new();
    assert!(ex.lexicon_mut().add_month("كانون 2", 1));
    let text = "في كانون 2 2015";
    let doc = Pipeline::default().analyze(text);
    let x = ex.extract(text, &doc.tokens, d(2016, 5, 13));
    assert_eq!(x[0].value.as_deref(), Some("2015-01"));
}

#[test]
fn a_named_day_is_not_today() {
    check("احتفلت المدارس باليوم الوطني وباليوم العالمي للمعلم", &[]);
    check("قالت قناة روسيا اليوم إن الوفد وصل", &[]);
}

#[test]
fn two_months_are_no_recurrence() {
    let x = found("ارتفعت الأسعار في شهري أبريل ومايو");
    assert!(x.iter().all(|(t, _, _)| t != "شهري"), "{x:?}");
    check("ويصرف المبلغ شهري", &[("شهري", "SET", Some("P1M"))]);
}

#[test]
fn eid_days_and_construct_plurals() {
    let got = |text: &str, r| dates_at(text, r).into_iter().map(|x| (x.text, x.kind.as_str(), x.value)).collect::<Vec<_>>();
    let r = d(2015, 7, 20); // 4 Shawwal 1436; Eid al-Fitr 1436 was 2015-07-17
    assert_eq!(got("وتوفي في ثاني أيام العيد", r), vec![("ثاني أيام العيد".into(), "DATE", Some("2015-07-18".into()))]);
    assert_eq!(got("زحام خلال أيام عيد الفطر", r), vec![("أيام عيد الفطر".into(), "DATE", Some("2015-07-17".into()))]);
    assert_eq!(got("وفي أول أيام العيد", r), vec![("أول أيام العيد".into(), "DATE", Some("2015-07-17".into()))]);
    // a plural heading a construct or after a superlative is no length of time
    assert!(got("في آخر دقائق حياته", r).is_empty());
    assert!(got("خلال أيام الطفولة وقعت عقود الصيانة", r).is_empty());
    assert_eq!(got("وصل قبل أيام قليلة", r).len(), 1);
    assert_eq!(got("منذ سنوات", r), vec![("سنوات".into(), "DURATION", Some("PXY".into()))]);
}

#[test]
fn nearest_day_with_next_or_last() {
    let got = |text: &str, r| dates_at(text, r).into_iter().map(|x| (x.text, x.value)).collect::<Vec<_>>();
    // 2015-07-21 is 5 Shawwal 1436: the coming 27 Shawwal is this Hijri year's
    assert_eq!(got("الافتتاح في 27 شوال المقبل", d(2015, 7, 21)), vec![("27 شوال المقبل".into(), Some("2015-08-12".into()))]);
    assert_eq!(got("الافتتاح في 5 أغسطس المقبل", d(2015, 8, 1)), vec![("5 أغسطس المقبل".into(), Some("2015-08-05".into()))]);
    assert_eq!(got("بدأ في 20 يوليو الماضي", d(2015, 7, 25)), vec![("20 يوليو الماضي".into(), Some("2015-07-20".into()))]);
    assert_eq!(got("بدأ في 28 يوليو الماضي", d(2015, 7, 25)), vec![("28 يوليو الماضي".into(), Some("2014-07-28".into()))]);
    // without a day the month itself is compared
    assert_eq!(got("في أغسطس المقبل", d(2015, 8, 1)), vec![("أغسطس المقبل".into(), Some("2016-08".into()))]);
}

#[test]
fn general_is_not_a_year() {
    assert!(found("وقال النائب العام السابق إن").is_empty());
    assert!(found("اجتمع الأمين العام مع المديرين العامين").is_empty());
    check("وقالت اللجنة العام الماضي", &[("العام الماضي", "DATE", Some("2015"))]);
}

#[test]
fn definite_number_before_plural_unit() {
    check("خلال الخمس سنوات المقبلة", &[("الخمس سنوات المقبلة", "DURATION", Some("P5Y"))]);
    check("نفذت خلال الثلاثة الأشهر الماضية", &[("الثلاثة الأشهر الماضية", "DURATION", Some("P3M"))]);
    // a decimal count
    check("قطع المسافة في 9.58 ثانية", &[("9.58 ثانية", "DURATION", Some("PT9.58S"))]);
    check("بعد 9.7 سنوات من", &[("9.7 سنوات", "DURATION", Some("P9.7Y"))]);
    check("زمنا بلغ 14 دقيقة و55.42 ثانية في", &[("14 دقيقة و55.42 ثانية", "DURATION", Some("PT14M55.42S"))]);
    check("في العشرة أيام الأولى من الشهر", &[("العشرة أيام الأولى", "DURATION", Some("P10D"))]);
    // «التقيت» is a verb, not the second term of a construct: «قبل سنوات» is "years ago", a DATE like «قبل عامين»
    check("حينما كنت هناك قبل سنوات التقيت ميسي", &[("قبل سنوات", "DATE", Some("PAST_REF"))]);
}

#[test]
fn school_and_fiscal_years() {
    let got = |text: &str, r| dates_at(text, r).into_iter().map(|x| (x.text, x.kind.as_str(), x.value)).collect::<Vec<_>>();
    let july = d(2015, 7, 21);
    assert_eq!(got("استعدادا لبدء العام الدراسي الجديد", july), vec![("العام الدراسي الجديد".into(), "DATE", Some("2015".into()))]);
    assert_eq!(got("مع بداية العام الدراسي القادم", july), vec![("بداية العام الدراسي القادم".into(), "DATE", Some("2015".into()))]);
    assert_eq!(got("المرشحين للعام الدراسي 1436-1437هـ", july), vec![("لعام الدراسي 1436-1437هـ".into(), "DATE", Some("2015".into()))]);
    assert_eq!(got("منخفضة عن العام المالي 2013 بنسبة", july), vec![("العام المالي 2013".into(), "DATE", Some("2013".into()))]);
    assert_eq!(got("خلال العام المالي الماضي", july), vec![("العام المالي الماضي".into(), "DATE", Some("2014".into()))]);
    assert_eq!(got("خلال العام الدراسي الحالي", d(2015, 11, 2)), vec![("العام الدراسي الحالي".into(), "DATE", Some("2015".into()))]);
}

#[test]
fn hijri_day_ranges_and_bare_clock_words() {
    let got = |text: &str, r| dates_at(text, r).into_iter().map(|x| (x.text, x.kind.as_str(), x.value)).collect::<Vec<_>>();
    let r = d(2015, 7, 21);
    assert_eq!(
        got("في الفترة من 10 إلى 15 شوال", r),
        vec![("10".into(), "DATE", Some("2015-07-26".into())), ("15 شوال".into(), "DATE", Some("2015-07-31".into()))]
    );
    assert_eq!(got("يبدأ الحفل في الثامنة صباحا", r), vec![("الثامنة صباحا".into(), "TIME", Some("2015-07-21T08:00".into()))]);
    assert_eq!(got("في السابعة والنصف مساء", r), vec![("السابعة والنصف مساء".into(), "TIME", Some("2015-07-21T19:30".into()))]);
    assert_eq!(got("في العاشرة من صباح أمس", r), vec![("العاشرة من صباح أمس".into(), "TIME", Some("2015-07-20T10:00".into()))]);
    // an ordinal alone is no time
    assert!(got("حل في المرتبة الثامنة", r).is_empty());
    assert!(got("الدورة الثامنة م", r).is_empty());
}

#[test]
fn clock_words_take_the_following_day() {
    let got = |text: &str, r| dates_at(text, r).into_iter().map(|x| (x.text, x.kind.as_str(), x.value)).collect::<Vec<_>>();
    let r = d(2015, 7, 21); // a Tuesday
    assert_eq!(got("مؤتمر صحافي السادسة مساء الاثنين الماضي", r), vec![("السادسة مساء الاثنين الماضي".into(), "TIME", Some("2015-07-20T18:00".into()))]);
    assert_eq!(got("عقدت اجتماعها الأول صباح اليوم", r), vec![("صباح اليوم".into(), "TIME", Some("2015-07-21TMO".into()))]);
    assert_eq!(got("بدأ البرنامج ليلة 28 و 29 من رمضان", r).len(), 2);
}

#[test]
fn clock_words_before_a_full_date_or_today() {
    let got = |text: &str, r| dates_at(text, r).into_iter().map(|x| (x.text, x.kind.as_str(), x.value)).collect::<Vec<_>>();
    let r = d(2015, 7, 21);
    assert_eq!(
        got("الساعة التاسعة مساء الأحد 10 شوال 1436هـ", r),
        vec![("الساعة التاسعة مساء الأحد 10 شوال 1436هـ".into(), "TIME", Some("2015-07-26T21:00".into()))]
    );
    assert_eq!(
        got("في الساعة العاشرة مساء اليوم الأحد", r),
        vec![
            ("الساعة العاشرة مساء".into(), "TIME", Some("2015-07-19T22:00".into())),
            ("اليوم".into(), "DATE", Some("2015-07-19".into())),
            ("الأحد".into(), "DATE", Some("2015-07-19".into()))
        ]
    );
}

#[test]
fn numbers_listed_after_resolutions_are_no_years() {
    assert!(found("هي القرارات 1696 و1737 و1747 و1803 و1835 و1929").is_empty());
    // a list of years stays one
    check("في عامي 2005 و2010", &[("عامي 2005", "DATE", Some("2005")), ("2010", "DATE", Some("2010"))]);
}

#[test]
fn part_of_day_takes_the_glossing_weekday() {
    let got = |text: &str, r| dates_at(text, r).into_iter().map(|x| (x.text, x.kind.as_str(), x.value)).collect::<Vec<_>>();
    // the story is dated Wednesday 2015-07-22 but says «صباح اليوم السبت»: Saturday 2015-07-18
    assert_eq!(
        got("قام صباح اليوم السبت الأمير", d(2015, 7, 22)),
        vec![("صباح اليوم".into(), "TIME", Some("2015-07-18TMO".into())), ("السبت".into(), "DATE", Some("2015-07-18".into()))]
    );
    assert_eq!(
        got("أعلن مساء اليوم الأربعاء", d(2015, 7, 22)),
        vec![("مساء اليوم".into(), "TIME", Some("2015-07-22TEV".into())), ("الأربعاء".into(), "DATE", Some("2015-07-22".into()))]
    );
}

#[test]
fn part_of_day_before_tomorrow_and_a_weekday() {
    let got = |text: &str, r| dates_at(text, r).into_iter().map(|x| (x.text, x.kind.as_str(), x.value)).collect::<Vec<_>>();
    assert_eq!(
        got("يعقد صباح غد الأربعاء اجتماعا", d(2015, 7, 21)),
        vec![("صباح غد".into(), "TIME", Some("2015-07-22TMO".into())), ("الأربعاء".into(), "DATE", Some("2015-07-22".into()))]
    );
}

#[test]
fn eid_day_and_eve() {
    let got = |text: &str, r| dates_at(text, r).into_iter().map(|x| (x.text, x.kind.as_str(), x.value)).collect::<Vec<_>>();
    let r = d(2015, 7, 20);
    assert_eq!(got("صلاة يوم العيد", r), vec![("يوم العيد".into(), "DATE", Some("2015-07-17".into()))]);
    assert_eq!(got("الزحام ليلة العيد", r), vec![("ليلة العيد".into(), "TIME", Some("2015-07-16TNI".into()))]);
    assert_eq!(got("صباح يوم عيد الفطر", r), vec![("صباح يوم عيد الفطر".into(), "TIME", Some("2015-07-17TMO".into()))]);
    // far from any Eid: a day with no value
    assert_eq!(got("صلاة يوم العيد", d(2016, 3, 1)), vec![("يوم العيد".into(), "DATE", None)]);
}

#[test]
fn halves_and_first_n_units() {
    check("منذ أكثر من عام ونصف", &[("عام ونصف", "DURATION", Some("P1.5Y"))]);
    check("بعد ثلاث سنوات ونصف", &[("ثلاث سنوات ونصف", "DURATION", Some("P3.5Y"))]);
    check("خلال الأيام العشرة الأولى من الشهر", &[("الأيام العشرة الأولى", "DURATION", Some("P10D"))]);
}

#[test]
fn half_with_the_unit_repeated() {
    check("في نحو ثماني سنوات ونصف السنة", &[("ثماني سنوات ونصف السنة", "DURATION", Some("P8.5Y"))]);
    check("لأكثر من ساعة ونصف الساعة", &[("ساعة ونصف الساعة", "DURATION", Some("P1.5H"))]);
    check("منذ 3 سنوات ونصف", &[("3 سنوات ونصف", "DURATION", Some("P3.5Y"))]);
}

#[test]
fn idioms_and_clock_minutes() {
    assert!(found("نحن بأمسّ الحاجة للتحصين").is_empty());
    assert!(found("من خلال عقد شراكات مع المكاتب").is_empty());
    check("خلال عقد واحد", &[("عقد واحد", "DURATION", Some("P1DE"))]);
    // reference 2016-05-13 is a Friday
    check(
        "هبطت في الساعة الخامسة و10 دقائق من مساء الجمعة",
        &[("الساعة الخامسة و10 دقائق من مساء الجمعة", "TIME", Some("2016-05-13T17:10"))],
    );
}

#[test]
fn contracts_and_huge_counts() {
    assert!(found("المنشآت الحاصلة على عقود، وتأييدات").is_empty());
    check("ومنذ عقود طويلة", &[("عقود", "DURATION", Some("PXDE"))]);
    check("استمرت لعقود", &[("عقود", "DURATION", Some("PXDE"))]);
    check("ويبلغ عمر هذا النجم ستة مليارات سنة", &[("ستة مليارات سنة", "DURATION", Some("P6000000000Y"))]);
}

#[test]
fn a_plural_unit_does_not_introduce_a_year() {
    check("كان سعره قبل ثلاث سنوات 280 ألف يورو", &[("قبل ثلاث سنوات", "DATE", Some("2013"))]);
    // a singular one does: «مليونين عام 2005»
    check("بلغ مليونين عام 2005", &[("عام 2005", "DATE", Some("2005"))]);
}

#[test]
fn a_range_shares_its_closing_year() {
    check(
        "وهي ستقام من 14 حزيران (يونيو) إلى 15 تموز (يوليو) 2018 في روسيا",
        &[("14 حزيران (يونيو)", "DATE", Some("2018-06-14")), ("15 تموز (يوليو) 2018", "DATE", Some("2018-07-15"))],
    );
    check("من 27 يوليو إلى 7 أغسطس 2015م", &[("27 يوليو", "DATE", Some("2015-07-27")), ("7 أغسطس 2015م", "DATE", Some("2015-08-07"))]);
}

#[test]
fn last_ten_days_of_a_hijri_month() {
    let got = |text: &str, r| dates_at(text, r).into_iter().map(|x| (x.text, x.kind.as_str(), x.value)).collect::<Vec<_>>();
    // 21 Ramadan 1436 = 2015-07-08
    assert_eq!(got("في العشر الأواخر من رمضان", d(2015, 7, 20)), vec![("العشر الأواخر من رمضان".into(), "DATE", Some("2015-07-08".into()))]);
    assert_eq!(got("العشر الأواخر من شهر رمضان المبارك", d(2015, 7, 20)).len(), 1);
    assert!(got("العشر الأواخر بنسبة", d(2015, 7, 20)).is_empty());
}

#[test]
fn day_ranges_in_ordinal_words() {
    check(
        "تقام الفعاليات من الأول إلى الثالث من مارس المقبل",
        &[("الأول", "DATE", Some("2017-03-01")), ("الثالث من مارس المقبل", "DATE", Some("2017-03-03"))],
    );
    check("في الفترة من السادس حتى الثامن من أغسطس.", &[("السادس", "DATE", Some("2016-08-06")), ("الثامن من أغسطس", "DATE", Some("2016-08-08"))]);
    // a digit and a word do not make a range
    check("الفصل 3 إلى الثالث من مارس", &[("الثالث من مارس", "DATE", Some("2016-03-03"))]);
}

#[test]
fn weekday_pairs_resolve_together() {
    check(
        "يعقد المؤتمر يومي الأحد والاثنين المقبلين في جدة",
        &[("يومي الأحد", "DATE", Some("2016-05-15")), ("الاثنين المقبلين", "DATE", Some("2016-05-16"))],
    );
    check(
        "عقد الاجتماع يومي الثلاثاء والأربعاء الماضيين",
        &[("يومي الثلاثاء", "DATE", Some("2016-05-10")), ("الأربعاء الماضيين", "DATE", Some("2016-05-11"))],
    );
    check("زار الوفد المدينة يومي الأربعاء والخميس", &[("يومي الأربعاء", "DATE", Some("2016-05-11")), ("الخميس", "DATE", Some("2016-05-12"))]);
    check("وستقام المباريات يومي الجمعة والسبت", &[("يومي الجمعة", "DATE", Some("2016-05-13")), ("السبت", "DATE", Some("2016-05-14"))]);
    check("الجمعة والسبت المقبلين", &[("الجمعة", "DATE", Some("2016-05-20")), ("السبت المقبلين", "DATE", Some("2016-05-21"))]);
    // without «يومي» or a shared modifier each weekday is read alone
    check("اجتمعوا الخميس والجمعة", &[("الخميس", "DATE", Some("2016-05-12")), ("الجمعة", "DATE", Some("2016-05-13"))]);
}

#[test]
fn vague_count_ago_is_past_ref() {
    check("أعلنت الشركة قبل بضعة أسابيع عن النتائج", &[("قبل بضعة أسابيع", "DATE", Some("PAST_REF"))]);
    check("قبل عدة أشهر", &[("قبل عدة أشهر", "DATE", Some("PAST_REF"))]);
    check("قبل ثلاثة أسابيع", &[("قبل ثلاثة أسابيع", "DATE", Some("2016-W16"))]);
}

#[test]
fn number_in_parentheses_before_unit() {
    check("حكم عليه بالسجن لمدة (7) سنوات", &[("(7) سنوات", "DURATION", Some("P7Y"))]);
    check("حكم عليه بالسجن لمدة ( 7 ) سنوات", &[("( 7 ) سنوات", "DURATION", Some("P7Y"))]);
    check("خلال (3) أيام", &[("(3) أيام", "DURATION", Some("P3D"))]);
    check("المادة (7) من النظام", &[]);
}

#[test]
fn recurring_weekdays_and_vague_ago() {
    check(
        "يقام المهرجان أيام الخميس والجمعة والسبت من كل أسبوع",
        &[
            ("أيام الخميس", "SET", Some("XXXX-WXX-4")),
            ("الجمعة", "SET", Some("XXXX-WXX-5")),
            ("السبت من كل أسبوع", "SET", Some("XXXX-WXX-6")),
        ],
    );
    check("يفتح السوق الجمعة من كل أسبوع", &[("الجمعة من كل أسبوع", "SET", Some("XXXX-WXX-5"))]);
    check("يقام السوق كل خميس", &[("كل خميس", "SET", Some("XXXX-WXX-4"))]);
    check("كل أحد يعرف ذلك", &[]);
    check("قبل أيام قليلة انتهينا من الحفل", &[("قبل أيام قليلة", "DATE", Some("PAST_REF"))]);
    check("أصدر المعهد قبل شهور تقريرا", &[("قبل شهور", "DATE", Some("PAST_REF"))]);
    // counted back from an event: no value from the reference date
    check("قبل يومين من الانتخابات أعلن الحزب", &[("قبل يومين", "DATE", None)]);
    check("لن يتم الانتهاء منه قبل ثلاثة أشهر فقط من انطلاق الألعاب", &[("قبل ثلاثة أشهر", "DATE", None)]);
    check("قبل أيام من الانتخابات", &[("قبل أيام", "DATE", None)]);
    check("قبل أيام العيد", &[("أيام العيد", "DATE", None)]);
    // «أولى أيام البطولة» is a day of the event, no duration
    check("في أولى أيام البطولة", &[]);
}

#[test]
fn years_before_the_common_era_and_month_ranges() {
    check("حوالي عام 1600 قبل الميلاد", &[("عام 1600 قبل الميلاد", "DATE", Some("BC1600"))]);
    check("في عام 49 ق.م, قرأ", &[("عام 49 ق.م", "DATE", Some("BC0049"))]);
    check("ما بين حزيران وآب من عام 2010 ضرب الجفاف", &[("حزيران", "DATE", Some("2010-06")), ("آب من عام 2010", "DATE", Some("2010-08"))]);
    check("من مارس إلى مايو 2015 تراجعت المبيعات", &[("مارس", "DATE", Some("2015-03")), ("مايو 2015", "DATE", Some("2015-05"))]);
    // «بين الاثنين»: between the two
    check("التعاون غير الرسمي بين الاثنين أدى إلى نزاع", &[]);
}

#[test]
fn unit_after_unit_is_little_by_little() {
    check("والتي تبرز يوماً بعد يوم من خلال الضباب", &[]);
    check("تزداد الأسعار عاما بعد عام", &[]);
    check("وصل بعد يوم من الحادث", &[("يوم", "DURATION", Some("P1D"))]);
}

#[test]
fn a_shared_era_marker_and_a_bracketed_day_range() {
    check("بين عامي 512 و511 ق.م وقعت", &[("عامي 512", "DATE", Some("BC0512")), ("511 ق.م", "DATE", Some("BC0511"))]);
    check("بين 1200 و1100 قبل الميلاد", &[("1200", "DATE", Some("BC1200")), ("1100 قبل الميلاد", "DATE", Some("BC1100"))]);
    check("خلال الفترة من (16 -30) أغسطس 2015 تقام", &[("16", "DATE", Some("2015-08-16")), ("30) أغسطس 2015", "DATE", Some("2015-08-30"))]);
    check("من (3 - 5) شوال 1436 هـ", &[("3", "DATE", Some("2015-07-19")), ("5) شوال 1436 هـ", "DATE", Some("2015-07-21"))]);
    // a bracket that is not a range before a month
    check("لمدة (30) يوما في أغسطس 2015", &[("(30) يوما", "DURATION", Some("P30D")), ("أغسطس 2015", "DATE", Some("2015-08"))]);
}

#[test]
fn a_year_closing_a_quoted_title_is_a_name() {
    check("ومعرض مشكاة التفاعلي «السعودية 2050» ضمن الفعاليات", &[]);
    check("معرض \"السعودية ٢٠٥٠\" الذي صمم", &[]);
    check("قال إن «الهدف في 2030» واضح", &[("2030", "DATE", Some("2030"))]);
    check("أعلن «رؤية المملكة 2030» أمس", &[("أمس", "DATE", Some("2016-05-12"))]);
}

#[test]
fn numeric_hijri_dates_names_and_counts_that_look_like_dates() {
    let r = d(2015, 8, 4);
    let got = |t: &str| dates_at(t, r).into_iter().map(|x| (x.text, x.value)).collect::<Vec<_>>();
    let one = |t: &str, s: &str, v: &str| assert_eq!(got(t), vec![(s.to_string(), Some(v.to_string()))], "in «{t}»");
    // a numeric date in the Hijri range without its marker
    one("ورقم 53/30 وتاريخ 25/6/1436، على نظام", "25/6/1436", "2015-04-14");
    one("يبدأ التسجيل الموافق 17-10-1436 والبرامج", "17-10-1436", "2015-08-02");
    // a Gregorian year given the Hijri marker by mistake
    one("الذي يصادف يوم 12 / 8 / 2015هـ", "12 / 8 / 2015هـ", "2015-08-12");
    // a price, a decimal after a month, WhatsApp, and a count of months
    assert_eq!(got("وبلغ أحدث سعر له 1888 دولارا من 1916 دولارا"), vec![]);
    one("الإيرادات في يوليو 908.\u{200F}4 مليار دولار", "يوليو", "2015-07");
    assert_eq!(got("مزايا بعد تحديث واتس آب القادم"), vec![]);
    assert_eq!(got("أكبر انخفاض في الأشهر الثلاثة من يوليو إلى سبتمبر").len(), 2);
    assert_eq!(got("أكبر انخفاض في الأشهر الثلاثة من يوليو إلى سبتمبر")[0].0, "يوليو");
    // a definite tens word is still a day
    one("في العشرين من يونيو", "العشرين من يونيو", "2015-06-20");
}

#[test]
fn a_verb_of_lasting_takes_one_unit() {
    check("وتستمر أسبوع", &[("أسبوع", "DURATION", Some("P1W"))]);
    check("استغرق العمل يوما", &[]);
    check("واستغرقت يوما كاملا", &[("يوما", "DURATION", Some("P1D"))]);
    check("ويمتد عقد اللاعب مع النادي", &[]);
}

#[test]
fn two_counts_share_a_unit() {
    check("سندات خزانة آجال 3 و 7 سنوات.", &[("3", "DURATION", Some("P3Y")), ("7 سنوات", "DURATION", Some("P7Y"))]);
    check("تتراوح ما بين 10 إلى 20 سنة", &[("10", "DURATION", Some("P10Y")), ("20 سنة", "DURATION", Some("P20Y"))]);
    check("لمدة ثلاثة أو أربعة أيام", &[("ثلاثة", "DURATION", Some("P3D")), ("أربعة أيام", "DURATION", Some("P4D"))]);
    check("أعمارهم 3 و5 و9 سنوات", &[("3", "DURATION", Some("P3Y")), ("5", "DURATION", Some("P5Y")), ("9 سنوات", "DURATION", Some("P9Y"))]);
    // a count of something else
    check("فاز 3 و 7 لاعبين", &[]);
}

#[test]
fn a_gregorian_marker_makes_a_year_of_a_pair() {
    check("كتب بين عام 568 و 645 ميلاديا", &[("عام 568", "DATE", Some("0568")), ("645 ميلاديا", "DATE", Some("0645"))]);
    check("(حوالي 570 - 632 ميلاديا)", &[("570", "DATE", Some("0570")), ("632 ميلاديا", "DATE", Some("0632"))]);
    // no marker, or metres: a count
    check("وصل 570 - 632 زائرا", &[]);
    check("من ارتفاع أكثر من 200 م من عقبة", &[]);
}

#[test]
fn a_hijri_marker_shared_by_a_pair_of_years() {
    let got = |t: &str| dates(t).into_iter().map(|x| (x.text, x.value)).collect::<Vec<_>>();
    let v = |a: &str, b: &str| (a.to_string(), Some(b.to_string()));
    assert_eq!(got("العام الدراسي المقبل 1436 – 1437ه تطبيق"), vec![v("العام الدراسي المقبل", "2016"), v("1436", "2014-10-25"), v("1437ه", "2015-10-14")]);
    assert_eq!(got("في دورتها الثالثة 1436-1437هـ، وأشاد"), vec![v("1436", "2014-10-25"), v("1437هـ", "2015-10-14")]);
}

#[test]
fn two_ordinal_days_sharing_a_month() {
    check("وتقام في الرابع والخامس من مايو ندوة", &[("الرابع", "DATE", Some("2016-05-04")), ("الخامس من مايو", "DATE", Some("2016-05-05"))]);
    check("يومي العاشر والحادي عشر من يونيو", &[("العاشر", "DATE", Some("2016-06-10")), ("الحادي عشر من يونيو", "DATE", Some("2016-06-11"))]);
}

#[test]
fn a_weekday_beside_a_date_of_that_weekday_is_that_date() {
    // reference 2016-05-13: the nearest Sunday would be 2016-05-08
    check("حملة اعتقالات يوم الأحد في 7 أبريل 2013 بعد", &[("يوم الأحد", "DATE", Some("2013-04-07")), ("7 أبريل 2013", "DATE", Some("2013-04-07"))]);
    // a date of another weekday leaves the weekday alone
    check("حملة اعتقالات يوم الأحد في 8 أبريل 2013 بعد", &[("يوم الأحد", "DATE", Some("2016-05-08")), ("8 أبريل 2013", "DATE", Some("2013-04-08"))]);
}

#[test]
fn clock_times_after_a_part_of_a_day_take_that_day() {
    check(
        "تستضيف الغرفة صباح غد لقاءً وظيفياً من الساعة 9صباحا وحتى الساعة 3 عصرا، حيث",
        &[("صباح غد", "TIME", Some("2016-05-14TMO")), ("الساعة 9صباحا", "TIME", Some("2016-05-14T09:00")), ("الساعة 3 عصرا", "TIME", Some("2016-05-14T15:00"))],
    );
}

#[test]
fn a_day_before_a_numeric_date_closing_its_range() {
    check(
        "في البطولة الدولية في الدمام من 16 إلى 23/ 12/ 1436 في الدمام",
        &[("16", "DATE", Some("2015-09-29")), ("23/ 12/ 1436", "DATE", Some("2015-10-06"))],
    );
}

#[test]
fn a_day_month_pair_opening_a_range_is_no_lone_day() {
    let got = dates("الذي سيقام خلال الفترة من 6 / 11 حتى 1 / 12 / 1436 هـ .");
    assert!(got.iter().all(|x| x.text != "11"), "{got:?}");
}



#[test]
fn audit_15_unseen_news() {
    // «عقد» counted in digits is a contract unless time is said; «كل عقد» every contract; a surname
    check("لدينا 31 عقدا في المشروع ولكل عقد لمشروع إنشائي عقود استشارية من 5-6 عقود", &[]);
    check("وحضر اللواء محمد بن عبدالله أبو قرنين الاجتماع", &[]);
    check("منذ 3 عقود", &[("3 عقود", "DURATION", Some("P3DE"))]);
    check("استمر الصراع عقدا من الزمن", &[("عقدا من الزمن", "DURATION", Some("P1DE"))]);
    // a singular unit and a half, wherever it stands
    check("البالغ من العمر عام ونصف", &[("عام ونصف", "DURATION", Some("P1.5Y"))]);
    check("استمر الاجتماع ساعة ونصف", &[("ساعة ونصف", "DURATION", Some("P1.5H"))]);
    // «قبل» with a smaller unit added, or with a hedge
    check("توفي الملا عمر قبل سنتين وأربعة أشهر", &[("قبل سنتين وأربعة أشهر", "DATE", Some("2014-01"))]);
    check("أغلق المطار قبل أكثر من أربعة أشهر", &[("قبل أكثر من أربعة أشهر", "DATE", Some("2016-01"))]);
    check("وصل قبل شهر و 10 أيام", &[("قبل شهر و 10 أيام", "DATE", Some("2016-04-03"))]);
    check("وقعت قبل أكثر من عام ونصف", &[("قبل أكثر من عام ونصف", "DATE", Some("2014-11"))]);
    check("قبل نحو عقد من الزمن", &[("قبل نحو عقد من الزمن", "DATE", Some("2006"))]);
    check("تأسس قبل أكثر من قرن ونصف القرن", &[("قبل أكثر من قرن ونصف القرن", "DATE", Some("1866"))]);
    // «بداية من 2004» is "from 2004 on"
    check("تولى المسؤولية بداية من 2004 ثم رحل", &[("2004", "DATE", Some("2004"))]);
    // a decade of age
    check("رجل في الخمسينيات من عمره", &[("الخمسينيات", "DURATION", Some("P5DE"))]);
    // square metres are no era
    check("بمساحة 3460 م2", &[]);
    // the first hour is no time of day
    check("وصلت في الساعة الأولى من الرحلة", &[]);
    // the day after the one the sentence named
    check(
        "يلتقي الفريق يوم الاحد 15 من الشهر الحالي ويعود في اليوم التالي",
        &[("يوم الاحد 15 من الشهر الحالي", "DATE", Some("2016-05-15")), ("اليوم التالي", "DATE", Some("2016-05-16"))],
    );
    check("وصل في 3 مايو. وفي اليوم التالي", &[("3 مايو", "DATE", Some("2016-05-03")), ("اليوم التالي", "DATE", None)]);
    check("في يوم الجمعة، اليوم التالي على سحب الدورية", &[("يوم الجمعة", "DATE", Some("2016-05-13")), ("اليوم التالي", "DATE", None)]);
    // recently, soon
    check("في الآونة الأخيرة", &[("الآونة الأخيرة", "DATE", Some("PAST_REF"))]);
    check("خلال الفترة الماضية", &[("الفترة الماضية", "DATE", Some("PAST_REF"))]);
    check("قرر رفع الدعم الفترة الحالية", &[("الفترة الحالية", "DATE", Some("PRESENT_REF"))]);
    check("متراجعا عن الفترة السابقة التي", &[("الفترة السابقة", "DATE", Some("PAST_REF"))]);
    check("والخطوات التي ستتم خلال الفترة المقبلة", &[("الفترة المقبلة", "DATE", Some("FUTURE_REF"))]);
}

#[test]
fn clitic_before_year_head() {
    check("وقعت الحكومة الاتفاقية لعام 2013", &[("عام 2013", "DATE", Some("2013"))]);
}
