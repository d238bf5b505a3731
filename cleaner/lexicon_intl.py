"""Cue lexicons for languages beyond lexicon.py's: scripts other than Latin, Greek and
Cyrillic (Arabic, Persian, Hebrew, Hindi, Thai, Chinese, Japanese, Korean), plus more
languages in those scripts (Indonesian, Vietnamese, Ukrainian, Greek).

Same shape as lexicon.py (label -> {reason: regex}), merged into its tables under the
same reason names, so every rule keeps one meaning in every language. Phrases in
languages written with spaces start at a word boundary (`\\b`); phrases in Chinese,
Japanese and Thai cannot (no spaces between words) and are searched only in units that
hold those scripts (rules.py).
"""

from __future__ import annotations

import re

from .lexicon_world import voice_words

# What parts a teaser's prefix from its headline: "Read also: ...", "LEIA TAMBÉM >> ...",
# "İlgili haber ▸ ...", "ذات صلة | ...". A dash counts only with a space after it (a
# hyphen joins words).
TEASER_END = r"\s?(?:[:：|՝»›▸►▶→➤]|>>|[—–-](?=\s))"

WHOLE_LINE_INTL: dict[str, dict[str, str]] = {
    "ui": {
        "ui_word": (
            # Page tools: "【打印本页】【关闭窗口】", "字号：大 中 小".
            r"(【?(打印本[页頁]|[关關][闭閉]窗口|收藏本[页頁])】?\s?)+|【?字[号號体體]\s?[:：]?\s?大\s?中\s?小】?|"
            r"閉じる|あとで|後で読む|もっと見る|さらに表示|次へ|前へ|戻る|印刷|同意する|続きを読む|"
            r"ページの先頭へ|トップへ戻る|今はしない|返回顶部|返回頂部|点击查看更多|點擊查看更多|"
            r"加载更多|載入更多|查看更多|查看全部|以后再说|下次再說|关闭|關閉|展开全文|展開全文|打印|列印|"
            r"上一篇|下一篇|다음에 할게요|나중에 하기|닫기|인쇄|인쇄하기|기사 듣기|글자크기( 설정)?|"
            r"더보기|오늘 하루 보지 않기|إغلاق|ذك[ّ]?رني لاحقا|ليس الآن|تحميل المزيد|طباعة|"
            r"סגור|הזכ(ירו|ר) לי מאוחר יותר|לא עכשיו|הדפסה|טען עוד|بستن|بعدا? ?یادآوری کن|"
            r"بعداً یادآوری کن|چاپ|نمایش بیشتر"
        ),
    },
    "social": {
        "share_word": (
            r"シェア(する)?|ツイート|この記事をシェア|lineで送る|はてなブックマーク|分享(到|至)?|"
            r"微信|微博|朋友圈|qq空[间間]|复制链接|複製連結|공유(하기)?|페이스북|카카오톡|url ?복사|"
            r"기사 공유( · 스크랩)?|스크랩|شارك|مشاركة|شارك الخبر|تابعنا|שתפו|שיתוף|שתף|"
            r"اشتراک[\u200c ]?گذاری|کپی لینک"
        ),
    },
    "related": {
        "related_heading_2": (
            r"المزيد من \S+( \S+)?|"
            r"関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|おすすめ記事|こちらもおすすめ|"
            r"人気記事ランキング|アクセスランキング|最新ニュース|相[关關]阅读|相關閱讀|延伸[阅閱][读讀]|"
            r"推[荐薦][阅閱][读讀]|相[关關]新[闻聞]|更多精彩|看更多|[热熱]門文章|热门文章|[热熱][门門]推[荐薦]|[编編][辑輯]推介|"
            r"관련\s?기사|많이 본 뉴스|(스포츠 )?주요\s?뉴스|이 기자의 다른 기사|추천 기사|인기 기사|"
            r"اقرأ أيضا[ً]?|أخبار ذات صلة|الأكثر (قراءة|مشاهدة)|مواضيع (قد تهمك|ذات صلة)|"
            r"כתבות (נוספות|קשורות)|לכתבות נוספות|לכל הכתבות|עוד (באתר|בנושא)|עוד ב\S+( \S+)?|אולי יעניין אותך|הכי נקראים|קראו גם|اخبار مرتبط|بیشتر بخوانید|"
            r"پربازدیدترین[\u200c ]?ها|مطالب مرتبط"
        ),
    },
    "comments": {
        "comment_word": (
            r"コメント(（\d+）?|\d+件|を書く|を見る|する)?|\d+件のコメント|[评評][论論] ?[(（]\d+[)）]?|"
            r"留言 ?[(（]\d+[)）]?|[发發]表[评評][论論]|我要[评評][论論]|留言[区區]|暂无评论|暫無評論|"
            r"댓글( \d+개?|쓰기| 더보기)|최신순 \| 공감순|التعليقات \(?\d+\)?|\d+ تعليقات?|"
            r"أضف تعليق(ك|ا)|\d+ תגובות|הוסיפו תגובה|תגובות|ارسال نظر|\d+ نظر"
        ),
    },
    "promo": {
        "advert_word": (
            r"広告|スポンサーリンク|広告の下に記事が続きます|广告|廣告|推广|推廣|광고|스폰서|"
            r"إعلان|مساحة إعلانية|محتوى برعاية|פרסומת|תוכן ממומן|تبلیغات|آگهی|اشتہار|اشتہارات"
        ),
    },
}

PHRASES_INTL: dict[str, dict[str, str]] = {
    "donation": {
        "dear_readers": (
            r"^(読者の皆(様|さま)へ|親愛的讀者|亲爱的读者|各位[读讀]者)|"
            r"^(독자 여러분(께)?|عزيزي القارئ|أعزاءنا القراء|أعزائي القراء|أخي الكريم|أختي الكريمة|קוראים יקרים|خوانندگان گرامی|"
            r"همراهان گرامی)"
        ),
        "support_ask": (
            r"寄付で(応援|支える)|ご寄付のお願い|寄付のお願い|支持[独獨]立媒[体體]|ご支援のお願い|マンスリーサポーター|サポーターになる|"
            r"サポーター会員|私たちの(活動|報道)を支え|寄付をする|単発での寄付|継続寄付|"
            r"応援していただけ|支持我[们們]|打[赏賞]|[赞讚][赏賞]|定期[赞贊]助|[单單][笔筆]捐款|"
            r"一次性[赞贊]助|[写寫]作不易|依靠[读讀]者的支持|成[为為]我[们們]的|[赞贊]助我[们們]|"
            r"[读讀]者支持的|您的每一[笔筆]|[请請]支持(独立|獨立|我[们們]|本[站刊报報])|"
            r"小[额額][赞贊]助|[单單]次[赞贊]助|每月一杯咖啡|一杯咖啡的[钱錢]|"
            r"\b(후원하기|후원으로 응원|정기후원|일시후원|후원회원|후원해 주세요|후원으로 함께|좋은 기사를 응원|"
            r"ادعم (صحافتنا|نا)|ادعمنا|(تبرّع|تبرع) (الآن|لمرة واحدة)|نعتمد على دعمكم|ساهموا معنا|"
            r"(ساهم|ساهمي|ساهموا) الآن|(התאפשר|התאפשרה|נעשה|נעשתה) בזכותכם|"
            r"(谢谢|感谢|謝謝|感謝)(你|您)(读|讀|看)到(这里|這裡|這裏)|เลี้ยงกาแฟ|"
            r"تמכו בעיתונות|תמכו ב|הצטרפו לתומכים|תרמו עכשיו|תמיכה חודשית|حمایت مالی|"
            r"از ما حمایت کنید|شریک ما باشید|کمک مالی شما)"
        ),
        "appeal_header": (
            r"^[^\n]{1,30}からのお願い|^رسالة إلى قرائنا|^رسالة من (رئيس التحرير|المحرر)|^[^\n]{0,20}(致|给|給)[读讀]者的一封信"
        ),
    },
    "subscription": {
        "paywall": (
            r"有料会員(限定|に登録|になると|なら)|続きを読むには|この記事の続きは|会員登録（無料）|"
            r"無料会員に登録|読み放題|初月無料|会員の方はログイン|すでに会員の方|今すぐ購読|会員限定記事|"
            r"無料で[^。\n]{0,6}(読める|読めます|お読みいただけ)|無料記事(は|の残り|あと)|"
            r"(本月|本月还|本月還)可免[费費][阅閱][读讀]|免[费費](文章|[阅閱][读讀])[^。\n]{0,8}篇|"
            r"[开開]通[会會][员員][阅閱][读讀]|[订訂][阅閱]全文|[订訂]戶?[户]?[专專]享|已是[会會][员員]|"
            r"已是[订訂]戶|已是订户|首月[仅僅]需|[畅暢][读讀]全站|立即[订訂][阅閱]|付[费費]内容|"
            r"\b((유료 회원|유료회원) 전용|프리미엄 회원|이미 회원이신가요|구독하고 전체 기사|디지털 구독|"
            r"로그인 후 이용|무료 기사를 모두|무료로 볼 수 있는 기사|무료 기사 \d+건|"
            r"مقال(ان|ين|ات)? مجاني|مقالات مجانية|متاح لمشتركي|للمشتركين فقط|اشترك الآن|وصول غير محدود|"
            r"لديك حساب بالفعل|سجل الدخول لمتابعة|استنفدت المقالات|اشتراك رقمي|למנויים בלבד|"
            r"זמינה למנויים|כבר מנויים|הצטרפו כמנויים|מינוי דיגיטלי|התחברו כדי להמשיך|مشترک شوید|"
            r"לעשות מנוי|לרכישת מינוי|"
            r"خرید اشتراک|اشتراک ویژه|فقط برای مشترکان)"
        ),
    },
    "newsletter": {
        "newsletter_signup": (
            r"メルマガ|メールマガジン|ニュースレター(に登録|を受け取)|メールでお届け|"
            r"メールアドレスを登録|配信登録|毎朝メールで|[电電]子[邮郵]件[简簡][报報]|[电電]子[报報]|"
            r"[邮郵]件[订訂][阅閱]|[请請][输輸]入您的|每[周週][简簡][报報]|[订訂][阅閱]我[们們]的|"
            r"\b(뉴스레터(를 받아| 구독| 신청)|메일함으로|이메일 주소를 입력|메일로 받아보세요|무료로 구독하기|"
            r"النشرة البريدية|نشرتنا (اليومية|الأسبوعية|البريدية)|في بريدك الإلكتروني|اشترك في النشرة|"
            r"(سجّل|سجل) في نشرتنا|تصلك أهم الأخبار|לניוזלטר|ישירות למייל|כתובת המייל|עדכונים למייל|"
            r"خبرنامه|ایمیل خود را وارد)"
        ),
    },
    "social": {
        "follow_us": (
            r"この記事をシェア|xでポスト|xでシェア|facebookでシェア|友だち追加|をフォローする|"
            r"フォロー(しよう|してね|してください|お願いします)|"
            r"公式アカウントをフォロー|urlをコピー|分享到|分享至|[扫掃]码[关關]注|掃碼關注|"
            # (Not a story's "关注其微信公众号", follow *its* account: the regulator's, say.)
            r"[关關]注(?![其该該])[^，。\n]{0,12}公[众眾][号號]|[长長]按[识識][别別]二[维維]碼|长按识别二维码|[追]蹤我們|"
            r"按讚追蹤|[转轉][发發]給?身[边邊]|[关關]注我[们們]|[复複]制[链連][接結]|複製連結|"
            r"\b(카카오톡 채널|채널을 추가|팔로우하세요|구독과 좋아요|친구에게 공유|تابعونا على|"
            r"چینل (کو )?سبسکرائب|چینل سبسکرائب|چینل کو فالو|"
            r"شارك (الخبر|هذا المقال|عبر)|انضم إلى قناتنا|نسخ الرابط|ليصلكم كل جديد|שתפו ב|"
            r"עקבו אחרינו|הצטרפו (לקבוצת|לערוץ)|העתקת קישור|ما را در (تلگرام|اینستاگرام)|"
            r"به کانال ما بپیوندید|دنبال کنید)|^(شارك|שתפו|공유하기)\s?[:：]|^(分享|シェア)\s?[:：]"
        ),
    },
    "related": {
        "teaser_prefix": (
            r"^(関連記事|あわせて読みたい|合わせて読みたい|相[关關]阅读|相關閱讀|延伸[阅閱][读讀]|"
            r"推[荐薦][阅閱][读讀]|相[关關]新[闻聞]|相[关關]报道|相關報導|[热熱][门門]新[闻聞])\s?[:：／]|^(관련\s?기사|اقرأ أيضا[ً]?|اقرأ المزيد|קראו גם|קראו עוד|"
            r"עוד בנושא|עוד באתר|עוד ב[\"״]?[^:\n]{1,25}[\"״]|بیشتر بخوانید|بخوانید|ذات صلة)"
            + TEASER_END
            + r"|^\[?관련\s?기사\]? "
        ),
    },
    "promo": {
        # A line tagged as paid content: "[AD] ...", "【PR】...", "[광고] ...".
        "sponsor_tag": r"^(【pr】|［pr］|\[?(pr|광고|ad)\])",
        "app_download": (
            r"アプリを今すぐダウンロード|公式アプリ|キャンペーン実施中|pr記事|広告企画|お申し込みはこちら|"
            r"スポンサーコンテンツ|下[载載][^，。\n]{0,10}app|立即下[载載]|【推[广廣]】|[赞贊]助[内內]容|品牌合作|"
            r"客[户戶]端下[载載]|\b(앱 다운로드|앱을 설치하고|스폰서 콘텐츠|محتوى برعاية|"
            r"(حمّل|حمل) (تطبيق|التطبيق)|إعلان ممول|תוכן (ממומן|שיווקי)|הורידו את האפליקציה|"
            r"מוגש בחסות|رپورتاژ آگهی|دانلود اپلیکیشن)"
        ),
    },
    "comments": {
        "comment_prompt": (
            r"コメントを(書く|見る|投稿)|みんなのコメント|投稿ガイドライン|最初のコメントを|"
            r"この記事へのコメント|[发發]表[评評][论論]|我要[评評][论論]|查看全部[评評][论論]|"
            r"文明上[网網]|理性[发發]言|文明[发發]言|暂无留言|暫無留言|登入[后後]留言|[评評][论論]内容仅代表|"
            r"評論內容僅代表|\b(댓글 운영 원칙|로그인 후 댓글|댓글을 작성할 수|첫 댓글을|댓글쓰기|"
            r"أضف تعليقك|كن أول من يع[ّ]?لق|تخضع التعليقات للمراجعة|سياسة التعليقات|הוסיפו תגובה|"
            r"התגובות מפורסמות|לכל התגובות|הגיבו לכתבה|ارسال نظر|دیدگاه خود را بنویسید)"
        ),
    },
    "legal": {
        "advice_disclaimer": (
            r"\b(لأغراض (التوعية|إعلامية|معلوماتية|تثقيفية|التثقيف) فقط|لا (تغني|يغني) عن "
            r"(استشارة|زيارة|مراجعة)|جایگزین (مشاوره|توصیه|تشخیص) پزشک|אינו מהווה תחליף ל)|"
            r"医師の診断に代わるもの|医療アドバイスに代わるもの|"
            r"情報提供を目的として|不能(替代|代替|取代)(专业|專業)?(医疗|醫療|医生|醫生)?的?"
            r"(建议|建議|诊断|診斷|意见|意見)|(以上|本文)(内容)?仅供参考|(以上|本文)(內容)?僅供參考|"
            r"의학적 (조언|진단)을 대체하지|정보 제공 목적"
        ),
        "copyright": (
            r"無断転載を禁(じ|止)|無断転載・複製|転載・二次利用|記事・写真の無断|[版]權所有|版权所有|"
            r"未[经經]授[权權]不得[转轉][载載]|不得[转轉][载載]|禁止[转轉][载載]|[转轉][载載][请請]|"
            r"保留所有[权權]利|如有侵[权權]|[版]權歸原作者所有|版权归原作者所有|本[网網][转轉][载載]|\b((무단 전재|무단전재)|재배포 금지|저작권자 ©|저작권법의 보호|"
            r"جميع الحقوق محفوظة|حقوق النشر محفوظة|جميع حقوق النشر|(يُمنع|يمنع) النسخ|دون إذن خطي|"
            r"(يُحظر|يحظر) إعادة نشر|כל הזכויות שמורות|אין להעתיק|ללא אישור בכתב|"
            r"אין לעשות שימוש בתכני|کلیه حقوق|حقوق مادی و معنوی|بازنشر مطالب|تمامی حقوق)"
        ),
        "cookies": (
            r"クッキー（cookie）|cookieを使用|クッキーの使用に同意|\b(쿠키를 사용합니다|"
            r"쿠키 사용에 동의|ملفات تعريف الارتباط|משתמש בעוגיות)"
        ),
    },
    "meta": {
        # A credit or byline line: "責任編輯：X", "사진=X", "تصوير: X", "צילום: X".
        "byline": (
            r"^(责任编辑|責任編輯|来源|來源|图片来源|圖片來源|编辑|編輯|撰文|文|图|圖|摄影|攝影|写真|撮影|"
            r"取材・文|記者|"
            r"文・写真|写真・文|文・撮影|"
            r"配信日時|更新日時|发布时间|發布時間)\s?[:：/／=＝｜|][^\n]{0,60}$|"
            r"^((本报|本報|实习|實習)?(记者|記者|通讯员|通訊員)[\s　]*)?[\u4e00-\u9fff]{2,4}"
            r"([\s　、]+[\u4e00-\u9fff]{2,4}){0,2}[\s　]+(报道|報導|报导|摄|攝|采写|採寫|文/图|文／圖)$|"
            r"^(기자|사진|사진 제공|입력|수정|기사입력|تصوير|تقرير|نُشر في|نشر في|كتب|كتبت|بقلم|المصدر|تاريخ النشر|آخر تحديث|"
            r"צילום|פורסם|עודכן|عکس|گزارش|خبرنگار|کد خبر|تاریخ انتشار|فوٹو|تصویر|رپورٹ|"
            r"گفت[\u200c ]?و[\u200c ]?گو از|مصاحبه از|عکاس)\s?[:：=|][^\n]{0,60}$|"
            # A Korean reporter's name line, with the address and the links the site adds:
            # "김도윤 기자", "김도윤 기자 kim@example.kr 다른기사 보기".
            r"^[가-힣]{2,4}\s?(기자|특파원|통신원|객원기자)(\s[\w.+-]+@[\w.-]+)?"
            r"(\s?(·\s?)?(다른\s?기사\s?보기|기자의\s?다른\s?기사\s?보기|기사\s?더\s?보기|구독하기|구독))*$|"
            # A Japanese bureau's sign-off: "（雪見支局・村井 早紀）".
            r"^[（(][^）)\n]{0,12}(支局|総局|報道部|通信部|記者|部)[・ 　][^）)\n]{1,12}[）)]$|"
            # A Chinese photo credit in brackets: "（XX剧团供图）", "（新华社记者 XX 摄）".
            r"^[（(][^）)\n]{1,20}(供图|供圖|摄|攝)[）)]$|"
            # An editor's sign-off or a photo credit in brackets: "（责任编辑：X）", "（摄影：X）".
            r"^[（(](责任编辑|責任編輯|编辑|編輯|摄影|攝影|图|圖|撮影|写真|记者|記者)\s?[:：]"
            r"[^）)\n]{1,20}[）)]$"
        ),
        # An author box's heading glued to the bio: "この記事を書いた人：X ...".
        "author_bio": (
            r"^(この記事を書いた人|著者プロフィール|筆者プロフィール|作者[简簡]介|[关關]于作者|關於作者)|"
            r"^(기자 소개|필자 소개|글쓴이 소개|نبذة عن الكاتب|عن الكاتب|על הכותב|על הכותבת|"
            r"درباره نویسنده)"
        ),
        "reading_time": (
            r"^読了時間|分で読めます$|^[阅閱][读讀]时长|^閱讀時長|^읽는 (시간|데)|^مدة القراءة|"
            r"^[阅閱][读讀](时间|時間)?[约約]?\d+分[钟鐘]|"
            r"^זמן קריאה|^زمان مطالعه"
        ),
        "tags": (
            r"^(タグ|キーワード|この記事のタグ|本文[标標]签|[标標]签|標籤)\s?[:：]|"
            r"^(태그|الكلمات المفتاحية|الوسوم|תגיות|برچسب[\u200c ]?ها)\s?[:：]"
        ),
        # Dates written with the CJK or Hangul year/month/day signs.
        "dateline_short": (
            # (Not a headline or sentence that names a date: "『…』発売日が2026年6月18日に決定、…".)
            r"^(?![^\n]*[。『「])[^\n]{0,30}\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日[^\n]{0,30}$|"
            r"^[^\n]{0,30}\d{4}년\s?\d{1,2}월\s?\d{1,2}일[^\n]{0,30}$"
        ),
    },
}

# The scripts ADDRESSING_MARKS is written in (Hebrew to Thai, kana, CJK, Hangul): a unit
# without any of their letters is not searched.
MARKED_SCRIPTS = re.compile("[\u0590-\u0e7f\u3040-\u9fff\uac00-\ud7af]")


def _marked_words(*kinds: str) -> str:
    """lexicon_world's voice words of `kinds` written in MARKED_SCRIPTS, as one whole-word
    alternation (vowel signs split them into several `\\w+` tokens)."""
    words = {
        word
        for word in voice_words(*kinds)
        if MARKED_SCRIPTS.search(word) and not re.fullmatch(r"\w+", word)
    }
    if not words:
        return r"(?!)"  # matches nothing (an empty group would match everywhere)
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return r"(?<!\w)(" + "|".join(map(re.escape, ordered)) + r")(?!\w)"


# lexicon_world's words in these scripts (Bengali, Tamil, Sinhala ...).
_WORLD_ADDRESSING = _marked_words("second_person", "first_plural")
_WORLD_REPORTING = _marked_words("reporting")


# Words that address the reader ("you", "please", the outlet's "we") in scripts where a
# word list cannot: no spaces (Chinese, Japanese, Thai), or particles glued to the word
# (Korean, Arabic). A unit holding one is not news voice (features.py).
ADDRESSING_MARKS = re.compile(
    # Chinese, Japanese, Thai: anywhere in the text.
    r"あなた|皆様|皆さま|皆さん|みなさま|みなさん|ください|下さい|お願い|私たち|わたしたち|弊社|"
    r"当サイト|いただけませんか|いたします|お届けします|ご登録|ご購読|ご支援|ご寄付|ご利用|您|你|我们|我們|亲爱的|親愛的|感谢您|感謝您|กรุณา|ของเรา|"
    # "Please" (请), not inside the words news uses every day: 申请 (apply), 邀请 (invite),
    # 请求 (a claim), 请示 (ask for instructions), 请假 (take leave).
    r"(?<![申邀聘提恳懇敬宴延回诉訴])[请請](?![求示愿願假柬帖])|"
    r"ท่านผู้อ่าน|"
    # Korean, Arabic, Hebrew, Persian, Hindi: whole words (a Hebrew "you" is inside "yesterday").
    r"(?<!\w)(여러분\w*|당신\w*|독자님|회원님|귀하\w*|저희\w*|주세요|주십시오|부탁드립니다|하세요|"
    r"أنت|أنتم|لكم|نحن|ندعوك|ندعوكم|يرجى|رجاء|فضلك|فضلكم|عزيزي|عزيزتي|قراءنا|ادعمنا|تابعونا|"
    r"دعمكم|بريدك|ساهموا|حسابك|אתם|אתה|שלך|שלכם|לכם|אנחנו|שלנו|אותנו|אנא|בבקשה|הירשמו|תמכו|"
    r"עקבו|שתפו|הצטרפו|شما|لطفا|لطفاً|همراهان|بپیوندید|आप|आपका|आपकी|आपके|आपको|आपने|कृपया|हमें|"
    r"हमारा|हमारी|हमारे)(?!\w)|" + _WORLD_ADDRESSING
)

# Hindi, Thai, Indonesian, Vietnamese, Ukrainian and Greek: added under the same reasons.
_MORE_WHOLE: dict[str, dict[str, str]] = {
    # An appeal's button in Urdu: "contribute", "donate".
    "donation": {"donate_word": r"تعاون کریں|عطیہ دیں|عطیہ کریں|ابھی عطیہ کریں"},
    "ui": {
        "ui_word": (
            r"बाद में याद दिलाएं|बंद करें|और लोड करें|प्रिंट करें|यह खबर सुनें|ไว้ทีหลัง|ปิด|โหลดเพิ่ม(เติม)?|"
            r"ดูเพิ่มเติม|ฟังข่าว|ingatkan saya nanti|tutup|muat lebih banyak|selengkapnya|cetak|"
            r"dengarkan artikel ini|lanjutkan|để sau|nhắc tôi sau|đóng|xem tiếp|in bài viết|"
            r"nghe bài viết|нагадати пізніше|завантажити ще|друкувати|слухати статтю|"
            r"υπενθύμιση αργότερα|όχι τώρα|κλείσιμο|εκτύπωση|ακούστε το άρθρο"
        ),
    },
    "social": {
        "share_word": (
            r"शेयर( करें)?|लिंक कॉपी करें|แชร์|แชร์ข่าวนี้|คัดลอกลิงก์|bagikan|salin tautan|chia sẻ|"
            r"sao chép liên kết|κοινοποίηση"
        ),
    },
    "related": {
        "related_heading_2": (
            r"ये भी पढ़ें|यह भी पढ़ें|संबंधित खबरें|और खबरें|टॉप न्यूज़|ข่าวที่เกี่ยวข้อง|อ่านต่อ|อ่านเพิ่มเติม|"
            r"ข่าวยอดนิยม|ข่าวล่าสุด|บทความแนะนำ|baca juga|berita terkait|artikel (populer|terkait)|terpopuler|"
            r"(artikel|berita) (menarik )?lainnya|artikel menarik|berita pilihan|"
            r"rekomendasi untuk anda|pilihan editor|tin liên quan|đọc thêm|xem thêm|((tin|bài) )?đọc nhiều( nhất)?|"
            r"có thể bạn quan tâm|(tin )?cùng chuyên mục|схожі матеріали|більше новин|популярне|"
            r"найпопулярніше|διαβάστε επίσης|δείτε ακόμη|σχετικά άρθρα|δημοφιλή|προτεινόμενα|"
            r"こちらもどうぞ|こちらもおすすめ"
        ),
    },
    "comments": {
        "comment_word": (
            r"\d+ टिप्पणियां|टिप्पणियां \(?\d+\)?|\d+ ความคิดเห็น|แสดงความคิดเห็น( \(?\d+\)?)?|"
            r"\d+ komentar|komentar \(?\d+\)?|tulis komentar|bình luận \(?\d+\)?|\d+ bình luận|"
            r"gửi bình luận|коментарі \(?\d+\)?|\d+ коментар(ів|і)?|залишити коментар|\d+ σχόλια|"
            r"σχόλια \(?\d+\)?"
        ),
    },
    "subscription": {
        "subscribe_word": r"สมัครเลย|สมัครสมาชิก|ซับสไครบ์",
    },
    "promo": {
        "advert_word": (
            r"विज्ञापन|प्रायोजित|โฆษณา|สปอนเซอร์|iklan|advertorial|scroll to continue with content|"
            r"quảng cáo|реклама|партнерський матеріал|διαφήμιση|χορηγούμενο|isikhangiso|intengiso"
        ),
    },
}

_MORE_PHRASES: dict[str, dict[str, str]] = {
    "donation": {
        "dear_readers": (
            r"^(प्रिय पाठक|pembaca yang budiman|thư gửi bạn đọc|αγαπητοί αναγνώστες|"
            r"bạn đọc thân mến|quý độc giả thân mến|kính gửi bạn đọc)|"
            r"^(ถึงผู้อ่านของเรา|ძვირფასო მკითხველ(ო|ებო))"
        ),
        "support_ask": (
            r"\b(हमें सपोर्ट करें|हमारा साथ दें|अभी सहयोग करें|योगदान दें|आर्थिक सहयोग करें|डोनेट करें|"
            r"dukung (jurnalisme kami|kami|sekarang)|beri dukungan|traktir kami|ủng hộ (chúng tôi|ngay)|"
            r"đóng góp một lần|sự ủng hộ của bạn|підтримати редакцію|щомісячним внеском|"
            r"станьте патроном|разовий внесок|στηρίξτε (μας|τη δουλειά μας)|κάντε δωρεά|"
            r"εφάπαξ συνεισφορά|γίνετε μέλος|стать донором|станьте донором|нас содержат читатели|"
            r"ادعم الصحافة|حامی ما شوید|حامی [^\n]{1,20} شوید|독자 후원으로|후원 회원이 되어|"
            # Urdu: "support us", "stand with free journalism", "give a donation".
            r"ہمارا ساتھ دیں|ہماری مدد کریں|آزاد صحافت کا ساتھ دیں|عطیہ دیں|ہمیں سپورٹ کریں|"
            r"آپ کا تعاون ہمیں)|^[^\n]{1,40} کا ساتھ دیں$|"
            r"สนับสนุนเรา|ร่วมสนับสนุน|สนับสนุนสื่ออิสระ|บริจาคให้เรา"
        ),
        "appeal_header": r"^[^\n]{1,40} की ओर से एक निवेदन|^(pesan dari redaksi|lời nhắn từ ban biên tập)",
    },
    "subscription": {
        "paywall": (
            r"\b(पूरी खबर पढ़ने के लिए|पहले से सब्सक्राइबर|मुफ़्त लेख की सीमा|अनलिमिटेड एक्सेस|"
            r"berlangganan sekarang|sudah berlangganan|khusus untuk pelanggan|akses tanpa batas|"
            r"kuota artikel gratis|masuk untuk membaca|dành riêng cho thành viên|để đọc tiếp|"
            r"đã là thành viên|đọc không giới hạn|bài viết trả phí|chỉ dành cho (hội viên|thành viên)|"
            r"nâng cấp tài khoản|оформіть передплату|"
            r"для передплатників|вже маєте передплату|без обмежень|преміум-доступ|"
            r"μόνο για συνδρομητές|γίνετε συνδρομητής|έχετε ήδη συνδρομή|απεριόριστη πρόσβαση)|"
            r"อ่านไม่จำกัด|อ่านบทความฟรีครบ|เป็นสมาชิกอยู่แล้ว|เข้าสู่ระบบเพื่ออ่านต่อ|สมัครสมาชิกเพื่ออ่าน|"
            r"\d ?บาท ?(/|ต่อ) ?เดือน"
        ),
    },
    "newsletter": {
        "newsletter_signup": (
            r"\b(अपने इनबॉक्स में|अपना ईमेल डालें|ईमेल पता दर्ज करें|न्यूज़लेटर|buletin|"
            r"masukkan alamat email|kotak masuk anda|bản tin|hộp thư của bạn|підпишіться на (нашу|розсилку)|"
            r"на вашу пошту|ενημερωτικό δελτίο|στο email σας|πληκτρολογήστε το email)|"
            r"รับข่าวสารทางอีเมล|กรอกอีเมลของคุณ|สมัครรับจดหมายข่าว|นิวส์เลตเตอร์|ส่งตรงถึงอีเมล"
        ),
    },
    "social": {
        "follow_us": (
            r"\b(हमें फॉलो करें|चैनल जॉइन करें|चैनल से जुड़ें|चैनल को सब्सक्राइब|चैनल सब्सक्राइब|पर फॉलो करें|टेलीग्राम पर जुड़ें|ikuti kami|"
            r"bagikan artikel ini|gabung (ke )?(saluran|channel|grup)|ikuti kanal|saluran whatsapp|"
            r"theo dõi (fanpage|chúng tôi)|kênh zalo|"
            r"chia sẻ bài viết|стежте за нами|поділіться новиною|підписуйтесь на наш|"
            r"ακολουθήστε μας|μοιραστείτε το άρθρο)|ติดตามเราได้ที่|ติดตามข่าวสาร[^\n]{0,20}ได้ทาง|กดแชร์|แชร์บทความนี้|กดไลก์เพจ|"
            r"ติดตาม[^\n]{0,30}(line|ไลน์)[^\n]{0,30}(ของเรา|เพิ่มเพื่อน)|คลิกเพิ่มเพื่อน|แอดไลน์"
        ),
    },
    "related": {
        "teaser_prefix": (
            r"^(ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|इसे भी देखें|ये भी देखें|यह भी देखें|"
            r"baca juga|tonton juga|simak juga|lihat juga|xem thêm|đọc thêm|tin liên quan|читайте також|"
            r"διαβάστε επίσης|δείτε επίσης|прочетете още|вижте още|прочитајте још|"
            r"прочитајте и|یہ بھی پڑھیں|یہ بھی پڑھیے|مزید پڑھیں|இதையும் படிங்க|இதையும் படிக்க|"
            r"ასევე წაიკითხეთ|წაიკითხეთ ასევე|կարդացեք նաև|ilgili haber|ilginizi çekebilir)"
            + TEASER_END
            + r"|^(อ่านเพิ่มเติม|อ่านต่อ|ข่าวที่เกี่ยวข้อง)\s?:|"
            r"^【(関連|関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|相[关關]阅读|延伸[阅閱][读讀])】"
        ),
    },
    "promo": {
        # "This article uses affiliate advertising" (a Japanese blog's disclosure).
        "affiliate": r"アフィリエイト(広告|リンク|プログラム)",
        "app_download": (
            r"\b(ऐप डाउनलोड करें|unduh aplikasi|konten bersponsor|tải (ứng dụng|app)|"
            r"nội dung được tài trợ|на правах реклами|завантажте застосунок|"
            r"κατεβάστε την εφαρμογή|להורדת האפליקציה|הורידו את האפליקציה|"
            r"ایپ ڈاؤن لوڈ کریں)|ดาวน์โหลดแอป|พื้นที่โฆษณา|บทความสปอนเซอร์"
        ),
    },
    "comments": {
        "comment_prompt": (
            r"\b(टिप्पणी करने के लिए लॉग इन|पहली टिप्पणी करें|pedoman komentar|login untuk berkomentar|"
            r"tulis komentar|ý kiến bạn đọc|gửi bình luận|viết bình luận|người đầu tiên bình luận|щоб залишити коментар|"
            r"правила коментування|όροι σχολιασμού|γράψτε το σχόλιό σας|συνδεθείτε για να σχολιάσετε)|"
            r"เข้าสู่ระบบเพื่อแสดงความคิดเห็น|กติกาการแสดงความคิดเห็น|ร่วมแสดงความคิดเห็น|"
            r"ความคิดเห็นเป็นของผู้เขียน|ความคิดเห็นเป็นความเห็นส่วนตัว"
        ),
    },
    "legal": {
        "advice_disclaimer": (
            r"\b(tidak menggantikan (konsultasi|saran|nasihat|diagnosis)|bukan pengganti "
            r"(konsultasi|saran|nasihat)|không thay thế (cho )?(lời khuyên|tư vấn|chẩn đoán|việc "
            r"thăm khám)|chỉ mang tính (chất )?tham khảo|चिकित्सकीय सलाह का विकल्प नहीं|"
            r"केवल सामान्य जानकारी के लिए|डॉक्टर की सलाह का विकल्प नहीं)"
        ),
        "copyright": (
            r"\b(सर्वाधिकार सुरक्षित|पुनर्प्रकाशन वर्जित|बिना अनुमति प्रकाशित न करें|hak cipta dilindungi|"
            r"seluruh hak cipta|dilarang mengutip|tanpa izin tertulis|bản quyền thuộc về|"
            r"mọi quyền được bảo lưu|giữ toàn quyền|cấm sao chép|передрук заборонено|"
            r"з гіперпосиланням|με την επιφύλαξη παντός δικαιώματος|όλα τα δικαιώματα διατηρούνται|"
            r"απαγορεύεται η αναδημοσίευση)|สงวนลิขสิทธิ์|ห้ามคัดลอก"
        ),
        "cookies": (
            r"\b(कुकीज़ का उपयोग|menggunakan cookie|sử dụng cookie|файли cookie|χρησιμοποιούμε cookies)|"
            r"ใช้คุกกี้|นโยบายคุกกี้"
        ),
    },
    "meta": {
        "byline": (
            # "Nagar Sandesh correspondent, Kanakpur | Updated: Friday, 14 June 2024"
            r"^[^\n|]{3,60}\|\s?(अपडेटेड|अपडेट|प्रकाशित|updated|published)\s?:[^\n]{0,60}$|"
            r"^(अपडेटेड|प्रकाशित|फ़ोटो|रिपोर्ट|संवाददाता|पोस्ट किया गया|penulis|editor|reporter|"
            r"cập nhật|ảnh|nguồn|автор|фото|джерело|δημοσίευση|φωτογραφία)\s?:[^\n]{0,60}$|"
            r"^(เผยแพร่|ภาพ|ผู้สื่อข่าว|ผู้เขียน|เรื่อง)\s?:[^\n]{0,60}$|"
            # "เผยแพร่ 12 ก.พ. 2567" (published, then the date without a colon).
            r"^(เผยแพร่|อัปเดต|อัพเดท|แก้ไขล่าสุด) \d{1,2} [^\n]{2,40}$|"
            r"^(कहानी|कहानी और तस्वीरें|लेखक)\s?:[^\n]{0,60}$|"
            # "โดย <name>" (by): one or two words; "โดยเฉพาะ ..." (especially) has no space.
            r"^โดย [^\s]{1,20}( [^\s]{1,20})?$"
        ),
        "reading_time": (
            r"^(पढ़ने का समय|waktu baca|thời gian đọc|час читання|χρόνος ανάγνωσης)|"
            r"^\d+ (मिनट में पढ़ें|хв читання)$|^\d+ ?นาทีในการอ่าน$|^(זמן )?קריאה:? (של )?\d+ דקות$"
        ),
        "tags": r"^(टैग|tag|topik|từ khóa|теги|ετικέτες)\s?:|^(แท็ก)\s?:",
    },
}


def merge_cues(base: dict[str, dict[str, str]], extra: dict[str, dict[str, str]]) -> None:
    """Add `extra`'s patterns to `base` as further alternatives under the same reason."""
    for label, reasons in extra.items():
        for reason, pattern in reasons.items():
            known = base.setdefault(label, {}).get(reason)
            base[label][reason] = f"{known}|{pattern}" if known else pattern


merge_cues(WHOLE_LINE_INTL, _MORE_WHOLE)
merge_cues(PHRASES_INTL, _MORE_PHRASES)

# Marks of reported speech and news narration in the same scripts (the word lists of
# features.py cannot read them): plain-form sentence ends in Japanese, "said", "according
# to", "announced" ... A long unit with neither these nor reader address is not taken for
# news voice: the model reads it (a paywall notice in polite Japanese is not a story).
REPORTING_MARKS = re.compile(
    r"と(述べ|話し|語っ|説明し|強調し|明らかにし|発表し)た|によると|としている|という。|[たるだいう]。|"
    # Blogs and many Japanese sites narrate in the polite form: past tense and hearsay.
    r"ました。|でした。|とのこと|ということです|ようです|そうです|とみられます|ています。|"
    r"表示|指出|介[绍紹]|透露|宣布|[发發]布|公布|[报報][道导導]|[记記]者|据[悉了报報]|"
    # Chinese and Japanese narration about a third party ("该公司", "报社", "同社").
    r"该|該|他们|她们|他們|她們|[报報]社|同社|同氏|"
    r"เปิดเผย|กล่าวว่า|ระบุว่า|รายงานว่า|"
    r"(?<!\w)((밝혔|말했|전했|설명했|강조했|당부했|지적했|발표했|덧붙였|보도했)(다|습니다)|따르면|기자|قال|وقال|قالت|وقالت|أعلن|وأعلن|"
    r"أعلنت|وأعلنت|أكد|وأكد|أكدت|أضاف|وأضاف|بحسب|وفقا|وفقاً|أفاد|وأفاد|أشار|وأشار|ذكرت|"
    r"אמר|אמרה|לדברי|הודיע|הודיעה|מסר|מסרה|נמסר|گفت|افزود|اظهار|کها|बताया|अनुसार|घोषणा)(?!\w)|"
    r"اعلام کرد|به گزارش|ने कहा|कहा कि|" + _WORLD_REPORTING
)
