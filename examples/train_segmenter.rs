//! Train the clitic segmentation model and write `src/segment/model.txt`.
//!
//! ```text
//! python3 scripts/wordfreq_ar.py > target/wordfreq_ar.tsv      # wordfreq 3.1.1, CC BY-SA 4.0
//! cargo run --release --example train_segmenter -- \
//!     --pud ../shared/data/pud/ar_pud-dev.conllu --farasa ../shared/data/wikinews/wikinews-dev.pos.ref \
//!     --wordfreq target/wordfreq_ar.tsv --gazetteers ../shared/data/gazetteers --out src/segment/model.txt
//! ```
//! `--cv K` instead of `--out` prints K-fold cross-validation accuracies (folds by document).

use khabar::Segmentation;
use khabar::segment::model::Model;
use khabar::segment::train::{self, Example};

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

const EPOCHS: usize = 6;
const MIN_ZIPF: f64 = 2.0;

fn base_model(wordfreq: Option<&str>, gaz: Option<&str>) -> Model {
    let mut m = Model::default();
    if let Some(p) = wordfreq {
        let z = std::env::var("KHABAR_MIN_ZIPF").ok().and_then(|z| z.parse().ok()).unwrap_or(MIN_ZIPF);
        m.lex = train::read_wordfreq(&read(p), z);
    }
    if let Some(g) = gaz {
        let geo = std::fs::read_to_string(format!("{g}/geonames_cities15000_arabic_script_names.json")).ok();
        let cldr = std::fs::read_to_string(format!("{g}/cldr_ar_territories_languages_currencies.json")).ok();
        m.names = train::read_names(geo.as_deref(), cldr.as_deref()).into_iter().collect();
    }
    m
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let pud = arg(&args, "--pud").map(|p| train::read_conllu(&read(&p))).unwrap_or_default();
    let far_text = arg(&args, "--farasa").map(|p| read(&p)).unwrap_or_default();
    let far = train::read_farasa(&far_text, false);
    let far_atb = train::read_farasa(&far_text, true);
    let use_far_atb = !args.iter().any(|a| a == "--no-farasa-atb");
    let epochs = arg(&args, "--epochs").and_then(|e| e.parse().ok()).unwrap_or(EPOCHS);
    let base = base_model(arg(&args, "--wordfreq").as_deref(), arg(&args, "--gazetteers").as_deref());
    eprintln!("pud words {}, farasa words {}, lexicon {}, names {}", pud.len(), far.len(), base.lex.len(), base.names.len());
    let errors: usize = arg(&args, "--errors").and_then(|e| e.parse().ok()).unwrap_or(0);
    let atb_train = |pud: &[Example], far_atb: &[Example]| {
        let mut v: Vec<Example> = pud.to_vec();
        if use_far_atb {
            // Keep document ids apart from the PUD ones.
            v.extend(far_atb.iter().cloned().map(|mut e| {
                e.doc += 100_000;
                e
            }));
        }
        v
    };
    if let Some(k) = arg(&args, "--cv").and_then(|k| k.parse::<u32>().ok()) {
        let (mut ok_a, mut n_a, mut ok_f, mut n_f) = (0, 0, 0, 0);
        for fold in 0..k {
            let split = |v: &[Example]| -> (Vec<Example>, Vec<Example>) { v.iter().cloned().partition(|e| e.doc % k != fold) };
            let (pud_tr, pud_te) = split(&pud);
            let (far_tr, far_te) = split(&far);
            let (fa_tr, _) = split(&far_atb);
            let mut m = base.clone();
            if !pud.is_empty() {
                train::train_scheme(&mut m, Segmentation::Atb, &atb_train(&pud_tr, &fa_tr), epochs);
                let (ok, n, errs) = train::evaluate(&m, Segmentation::Atb, &pud_te, errors);
                eprintln!("fold {fold} atb {ok}/{n} = {:.4}", ok as f64 / n as f64);
                for e in errs {
                    eprintln!("  {e}");
                }
                ok_a += ok;
                n_a += n;
            }
            if !far.is_empty() {
                train::train_scheme(&mut m, Segmentation::Farasa, &far_tr, epochs);
                let (ok, n, errs) = train::evaluate(&m, Segmentation::Farasa, &far_te, errors);
                eprintln!("fold {fold} farasa {ok}/{n} = {:.4}", ok as f64 / n as f64);
                for e in errs {
                    eprintln!("  {e}");
                }
                ok_f += ok;
                n_f += n;
            }
        }
        println!("cv atb word accuracy {:.4} ({ok_a}/{n_a})", ok_a as f64 / n_a.max(1) as f64);
        println!("cv farasa word accuracy {:.4} ({ok_f}/{n_f})", ok_f as f64 / n_f.max(1) as f64);
        return;
    }
    let mut m = base;
    train::train_scheme(&mut m, Segmentation::Atb, &atb_train(&pud, &far_atb), epochs);
    train::train_scheme(&mut m, Segmentation::Farasa, &far, epochs);
    let (ok, n, _) = train::evaluate(&m, Segmentation::Atb, &pud, 0);
    eprintln!("training-data atb accuracy {:.4}", ok as f64 / n as f64);
    let (ok, n, _) = train::evaluate(&m, Segmentation::Farasa, &far, 0);
    eprintln!("training-data farasa accuracy {:.4}", ok as f64 / n as f64);
    let header = "khabar clitic segmentation model (generated: do not edit).\n\
Made by `cargo run --release --example train_segmenter` (see README, Training) from:\n\
- UD Arabic-PUD (CC BY-SA 3.0): ATB-scheme weights, affixes and word memory;\n\
- QCRI WikiNews Farasa gold (Darwish & Mubarak 2016; free to copy and distribute): Farasa-scheme weights, affixes, memory;\n\
- wordfreq 3.1.1 Arabic list (CC BY-SA 4.0, Robyn Speer et al.): the L lines (frequency buckets);\n\
- GeoNames city names (CC BY 4.0) and CLDR territory names (Unicode License v3): the N lines.\n\
This file is therefore distributed under CC BY-SA 4.0.";
    let out = arg(&args, "--out").unwrap_or_else(|| "src/segment/model.txt".into());
    std::fs::write(&out, m.to_text(header)).unwrap_or_else(|e| panic!("cannot write {out}: {e}"));
    eprintln!("wrote {out}");
}
